-- mod_test_ejabberd_invites: for the app's tests only; never install it. Offers urn:xmpp:invite#create-account the
-- way ejabberd 26 does (PROTOCOL.md 1.2): a first stage with a form (username, roster-subscription), then a
-- type='result' form with FORM_TYPE urn:xmpp:invite#invitation and no landing-url. Load it with invites_adhoc
-- disabled, which offers the same node in one stage.

local dataforms = require "util.dataforms";
local datetime = require "util.datetime";
local nodeprep = require "util.encodings".stringprep.nodeprep;
local st = require "util.stanza";

local new_adhoc = module:require("adhoc").new;
local invites = module:depends("invites");
module:depends("adhoc");

local ejabberd_form = dataforms.new {
	title = "Create Account";
	{ name = "username", type = "text-single", label = "Username" };
	{ name = "roster-subscription", type = "boolean", label = "Subscribe each other's presence", value = false };
};

local function invitation_result(invite)
	local form = st.stanza("x", { xmlns = "jabber:x:data", type = "result" });
	form:tag("field", { var = "FORM_TYPE", type = "hidden" }):text_tag("value", "urn:xmpp:invite#invitation"):up();
	form:tag("field", { var = "uri", type = "text-single" }):text_tag("value", invite.uri):up();
	form:tag("field", { var = "expire", type = "text-single" }):text_tag("value", datetime.datetime(invite.expires)):up();
	return form;
end

local function create_account(_, data, state)
	if data.action == "cancel" then return { status = "canceled" }; end
	if not state then
		return { status = "executing", actions = { "complete", default = "complete" }, form = ejabberd_form },
			"form-shown";
	end
	local fields = ejabberd_form:data(data.form);
	local username = fields.username;
	if username == "" then username = nil; end
	if username and nodeprep(username) ~= username then
		return { status = "error", error = { type = "modify", condition = "bad-request", text = "Invalid username" } };
	end
	local invite = invites.create_account(username, { source = data.from });
	return { status = "completed", other = invitation_result(invite) };
end

module:provides("adhoc", new_adhoc("Create Account", "urn:xmpp:invite#create-account", create_account, "admin"));
