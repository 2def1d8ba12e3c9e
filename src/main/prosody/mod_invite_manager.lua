-- mod_invite_manager: the Invite Manager app's companion module for Prosody 0.12 and 13.0.
--
-- Adds admin-only ad-hoc commands that stock Prosody lacks: create an invite with options (expiry, reuse with a use
-- limit, an enforced username, a role, a note), list, revoke and clean up invites, and read or set the registration
-- policy (invite-only, open or closed). It builds on mod_invites' API and keeps its own records in its own stores.
--
-- Install: put this file in a directory listed in plugin_paths and add "invite_manager" to modules_enabled, next to
-- "invites", "invites_adhoc" and "invites_register". Keep registration_invite_only = true in the config file, so the
-- server stays invite-only if this module is ever removed.

local dataforms = require "util.dataforms";
local datetime = require "util.datetime";
local hashes = require "util.hashes";
local jid_split = require "util.jid".split;
local jid_bare = require "util.jid".bare;
local nodeprep = require "util.encodings".stringprep.nodeprep;
local st = require "util.stanza";
local usermanager = require "core.usermanager";

local new_adhoc = module:require("adhoc").new;

local NS = "urn:x-invite-manager:companion:1";
local INVITATION_FORM_TYPE = "urn:xmpp:invite#invitation";
local INVITE_ONLY_REASON = "Registration on this server is through invitation only";
local CLOSED_REASON = "Registration on this server is closed";
local MAX_EXPIRY = 86400 * 366 * 10;

local POLICIES = { ["invite-only"] = true, open = true, closed = true };
local PRESETS = { hour = 3600, day = 86400, week = 604800, ["4weeks"] = 2419200 };

local invites = module:depends("invites");
module:depends("adhoc");

-- Our own records, keyed by invite id: kind, note, use limit, creator, preset username and every use.
local records = module:open_store("invite_manager_invites", "map");
-- The same store as a whole, for listing: map stores cannot iterate their keys on 0.12.
local all_records = module:open_store("invite_manager_invites");
local settings = module:open_store("invite_manager");

-- Prosody 13 keeps roles as a list and names one primary role per user; 0.12 keeps a set of role names.
local roles_are_a_list = usermanager.set_user_role ~= nil;

local function default_policy()
	local configured = module:get_option_string("invite_manager_default_policy");
	if configured and POLICIES[configured] then
		return configured;
	end
	local invite_only = module:get_option_boolean("registration_invite_only", true);
	if invite_only then
		return "invite-only";
	end
	return module:get_option_boolean("allow_registration", false) and "open" or "closed";
end

-- Never opens registration by accident: anything but a clean read of a known value means invite-only.
local function current_policy()
	local ok, stored, err = pcall(settings.get, settings, nil);
	if not ok or err then
		module:log("warn", "Could not read the registration policy, treating it as invite-only: %s", ok and err or stored);
		return "invite-only";
	end
	if stored == nil then
		return default_policy();
	end
	if type(stored) ~= "table" or not POLICIES[stored.policy] then
		module:log("warn", "Stored registration policy is not valid, treating it as invite-only");
		return "invite-only";
	end
	return stored.policy;
end

-- The id names an invite without revealing its token, so it can appear in logs and lists.
local function id_for(token)
	return hashes.sha256(token, true):sub(1, 16);
end

local function username_in_uri(uri)
	local node = uri and uri:match("^xmpp:([^@?/]+)@[^?]*%?register");
	return node;
end

local function available_roles()
	if roles_are_a_list then
		return { "prosody:registered", "prosody:member", "prosody:admin" };
	end
	return { "prosody:admin" };
end

local function roles_value(role)
	if roles_are_a_list then
		return { role };
	end
	return { [role] = true };
end

local function format_time(t)
	return t and datetime.datetime(t) or nil;
end

---------------------------------------------------------------------------------------------------------------------
-- Creating invites

local create_layout = dataforms.new({
	title = "Create invite";
	instructions = "Choose what the invite does and how long it lasts.";
	{ name = "FORM_TYPE", type = "hidden", value = NS.."#create" };
	{ name = "kind", type = "list-single", label = "Kind", required = true, value = "account",
		options = {
			{ label = "Account", value = "account" },
			{ label = "Contact, with an account", value = "contact" },
			{ label = "Password reset", value = "password-reset" },
		} };
	{ name = "expiry", type = "text-single", label = "Valid for",
		desc = "Seconds, or one of: hour, day, week, 4weeks. Empty means the server's default." };
	{ name = "reusable", type = "boolean", label = "Can be used more than once", value = false };
	{ name = "max-uses", type = "text-single", label = "Maximum uses",
		desc = "For a reusable invite; empty means unlimited until it expires." };
	{ name = "username", type = "text-single", label = "Username",
		desc = "Only this username can register. Required for a password reset." };
	{ name = "role", type = "list-single", label = "Role", value = "", options = {} };
	{ name = "note", type = "text-single", label = "Note", desc = "Shown in the invite list." };
});

local function create_form_values()
	local options = { { label = "Default", value = "" } };
	for _, role in ipairs(available_roles()) do
		table.insert(options, { label = role, value = role });
	end
	return { role = options, expiry = tostring(module:get_option_number("invite_expiry", 86400 * 7)) };
end

local function parse_expiry(text)
	if text == nil or text == "" then
		return nil;
	end
	text = text:lower():gsub("%s+", "");
	if PRESETS[text] then
		return PRESETS[text];
	end
	if not text:match("^%-?%d+$") then
		return nil, "The expiry must be a number of seconds or one of: hour, day, week, 4weeks.";
	end
	local seconds = tonumber(text);
	if seconds < 1 then
		return nil, "The expiry must be at least one second.";
	end
	if seconds > MAX_EXPIRY then
		return nil, "The expiry must be at most ten years.";
	end
	return seconds;
end

local function parse_max_uses(text, reusable)
	if text == nil or text == "" then
		return nil;
	end
	if not text:match("^%-?%d+$") then
		return nil, "Maximum uses must be a whole number.";
	end
	local uses = tonumber(text);
	if uses < 1 then
		return nil, "Maximum uses must be at least 1.";
	end
	if not reusable and uses ~= 1 then
		return nil, "Only a reusable invite can have more than one use.";
	end
	return uses;
end

-- A preset name counts as taken while a pending invite holds it, so two invites cannot promise the same account.
local function reserved_by_pending_invite(username)
	for token, invite in invites.pending_account_invites() do
		local record = records:get(nil, id_for(token));
		local preset = record and record.username or username_in_uri(invite.uri);
		if preset == username and not (invite.additional_data and invite.additional_data.allow_reset) then
			return true;
		end
	end
	return false;
end

local function check_username(kind, raw)
	if raw == nil or raw == "" then
		if kind == "password-reset" then
			return nil, "A password reset needs the account's username.";
		end
		return nil;
	end
	local username = nodeprep(raw, true);
	if not username or username == "" or raw:find("[@/]") then
		return nil, "The username is not valid.";
	end
	local exists = usermanager.user_exists(username, module.host);
	if kind == "password-reset" then
		if not exists then
			return nil, "There is no account named "..username..".";
		end
	elseif exists then
		return nil, "The username "..username.." is taken.";
	elseif reserved_by_pending_invite(username) then
		return nil, "The username "..username.." is kept for another pending invite.";
	end
	return username;
end

local function validate_create(fields)
	local kind = fields.kind or "account";
	if kind ~= "account" and kind ~= "contact" and kind ~= "password-reset" then
		return nil, "Unknown kind of invite: "..tostring(kind)..".";
	end
	local ttl, err = parse_expiry(fields.expiry);
	if err then return nil, err; end
	local reusable = fields.reusable == true;
	if reusable and kind ~= "account" then
		return nil, "Only account invites can be reusable.";
	end
	if reusable and fields.username and fields.username ~= "" then
		return nil, "A reusable invite cannot be kept for one username.";
	end
	local max_uses; max_uses, err = parse_max_uses(fields["max-uses"], reusable);
	if err then return nil, err; end
	local username; username, err = check_username(kind, fields.username);
	if err then return nil, err; end
	local role = fields.role;
	if role == "" then role = nil; end
	if role then
		local known = false;
		for _, r in ipairs(available_roles()) do known = known or r == role; end
		if not known then return nil, "Unknown role: "..role.."."; end
		if kind == "password-reset" then return nil, "A password reset cannot grant a role."; end
	end
	local note = fields.note;
	if note == "" then note = nil; end
	if note and #note > 500 then return nil, "The note must be at most 500 characters."; end
	return { kind = kind, ttl = ttl, reusable = reusable, max_uses = max_uses, username = username,
		role = role, note = note };
end

local function make_invite(options, creator)
	local additional_data = { source = creator, note = options.note };
	if options.role then
		additional_data.roles = roles_value(options.role);
	end
	if options.kind == "password-reset" then
		return invites.create_account_reset(options.username, options.ttl);
	elseif options.kind == "contact" then
		local inviter = jid_split(creator);
		return invites.create_contact(inviter, true, additional_data, options.ttl);
	elseif options.reusable then
		-- create_group makes the only reusable kind mod_invites offers; it needs an explicit TTL for that.
		local ttl = options.ttl or module:get_option_number("invite_expiry", 86400 * 7);
		return invites.create_group({}, additional_data, ttl);
	end
	return invites.create_account(options.username, additional_data, options.ttl);
end

-- Prosody's form reader quietly takes the first of several values, so a confused or hostile client could have one
-- of them acted on. A field the layout has as single-valued must carry at most one.
local function read_form(layout, form)
	local single = {};
	for _, field in ipairs(layout) do
		if field.name and not (field.type or "text-single"):match("%-multi$") then
			single[field.name] = true;
		end
	end
	for field_tag in form:childtags("field") do
		local var = field_tag.attr.var;
		if var and single[var] then
			local count = 0;
			for _ in field_tag:childtags("value") do count = count + 1; end
			if count > 1 then
				return {}, { [var] = "Only one value is allowed" };
			end
		end
	end
	return layout:data(form);
end

local function handle_create(fields, errors, data)
	if errors then
		local messages = {};
		for name, message in pairs(errors) do table.insert(messages, name..": "..message); end
		return { status = "completed", error = { message = table.concat(messages, "; ") } };
	end
	local options, err = validate_create(fields);
	if not options then
		return { status = "completed", error = { message = err } };
	end
	local creator = jid_bare(data.from);
	local invite, create_err = make_invite(options, creator);
	if not invite then
		return { status = "completed", error = { message = "The server could not create the invite: "..tostring(create_err) } };
	end
	local id = id_for(invite.token);
	local ok, store_err = records:set(nil, id, {
		token = invite.token, kind = options.kind, note = options.note, creator = creator, created = invite.created_at,
		expires = invite.expires, max_uses = options.reusable and options.max_uses or (not options.reusable and 1 or nil),
		reusable = options.reusable, username = options.username, uses = {},
	});
	if not ok then
		-- Leave nothing half-made: an invite whose limits we cannot enforce must not stay valid.
		invites.delete_account_invite(invite.token);
		module:log("error", "Could not store the record of invite %s: %s", id, tostring(store_err));
		return { status = "completed", error = { message = "The server could not store the invite." } };
	end
	module:log("info", "Invite %s (%s) created by %s", id, options.kind, creator);
	local result = st.stanza("x", { xmlns = "jabber:x:data", type = "result" })
		:tag("title"):text("Your invite has been created"):up();
	local function field(var, value, field_type)
		result:tag("field", { var = var, type = field_type });
		if value then result:text_tag("value", tostring(value)); end
		result:up();
	end
	field("FORM_TYPE", INVITATION_FORM_TYPE, "hidden");
	field("id", id);
	field("kind", options.kind);
	field("landing-url", invite.landing_page);
	field("uri", invite.uri);
	field("expire", format_time(invite.expires));
	field("max-uses", options.max_uses);
	return { status = "completed", other = result };
end

---------------------------------------------------------------------------------------------------------------------
-- Listing, revoking and cleaning up

local function kind_of(invite, record)
	if record and record.kind then return record.kind; end
	if invite.type == "roster" then return "contact"; end
	if invite.additional_data and invite.additional_data.allow_reset then return "password-reset"; end
	return "account";
end

-- One value per use, "JID TIMESTAMP": a JID has no spaces, so readers can split each value at its last space.
local function uses_values(record)
	local values = {};
	for _, use in ipairs(record and record.uses or {}) do
		table.insert(values, use.jid.." "..format_time(use.at));
	end
	return values;
end

local function all_invites()
	-- Reading mod_invites' host store is the only way to see expired invites; every change goes through its API.
	local ok, stored = pcall(function () return module:open_store("invite_token"):get(nil); end);
	if not ok then
		module:log("error", "Could not read the invites: %s", tostring(stored));
		return nil;
	end
	return stored or {};
end

local function list_rows()
	local stored = all_invites();
	if not stored then return nil; end
	local now = os.time();
	local rows, seen = {}, {};
	for token, invite in pairs(stored) do
		local id = id_for(token);
		local record = records:get(nil, id);
		seen[id] = true;
		local additional = invite.additional_data or {};
		table.insert(rows, {
			id = id, kind = kind_of(invite, record), created = format_time(invite.created_at),
			expires = format_time(invite.expires), status = invite.expires > now and "pending" or "expired",
			uses = tostring(record and #record.uses or 0),
			["max-uses"] = record and record.max_uses and tostring(record.max_uses) or (invite.reusable and "" or "1"),
			note = (record and record.note) or additional.note or "",
			creator = (record and record.creator) or additional.source or "",
			username = (record and record.username) or username_in_uri(invite.uri) or "",
			uri = invite.uri, ["landing-url"] = invite.landing_page or "", ["used-by"] = uses_values(record),
		});
	end
	-- Spent invites vanish from mod_invites, yet the admin still wants to see who used them.
	for id, record in pairs(all_records:get(nil) or {}) do
		if not seen[id] and #record.uses > 0 then
			table.insert(rows, {
				id = id, kind = record.kind, created = format_time(record.created), expires = format_time(record.expires),
				status = "used", uses = tostring(#record.uses), ["max-uses"] = record.max_uses and tostring(record.max_uses) or "",
				note = record.note or "", creator = record.creator or "", username = record.username or "",
				uri = "", ["landing-url"] = "", ["used-by"] = uses_values(record),
			});
		end
	end
	table.sort(rows, function (a, b) return (a.created or "") > (b.created or ""); end);
	return rows;
end

local LIST_COLUMNS = {
	{ "id", "Id" }, { "kind", "Kind" }, { "status", "Status" }, { "created", "Created" }, { "expires", "Expires" },
	{ "uses", "Uses" }, { "max-uses", "Maximum uses" }, { "note", "Note" }, { "creator", "Created by" },
	{ "username", "Username" }, { "used-by", "Used by", "text-multi" }, { "uri", "Invite URI" }, { "landing-url", "Invite web page" },
};

local function handle_list(_, data)
	if data.action == "cancel" then return { status = "canceled" }; end
	local rows = list_rows();
	if not rows then
		return { status = "completed", error = { message = "The server could not read its invites." } };
	end
	local form = st.stanza("x", { xmlns = "jabber:x:data", type = "result" }):tag("title"):text("Invites"):up();
	form:tag("field", { var = "FORM_TYPE", type = "hidden" }):text_tag("value", NS.."#list"):up();
	form:tag("reported");
	for _, column in ipairs(LIST_COLUMNS) do
		-- Smack refuses a single-value type with several values, so multi-valued columns say so.
		form:tag("field", { var = column[1], label = column[2], type = column[3] or "text-single" }):up();
	end
	form:up();
	for _, row in ipairs(rows) do
		form:tag("item");
		for _, column in ipairs(LIST_COLUMNS) do
			local value = row[column[1]];
			form:tag("field", { var = column[1] });
			if type(value) == "table" then
				for _, each in ipairs(value) do form:text_tag("value", each); end
			else
				form:text_tag("value", value or "");
			end
			form:up();
		end
		form:up();
	end
	return { status = "completed", other = form };
end

local function find_token(id)
	local stored = all_invites();
	for token in pairs(stored or {}) do
		if id_for(token) == id then return token, stored[token]; end
	end
	return nil;
end

-- Removes both of mod_invites' entries; a contact invite's entry under the inviter would otherwise still approve
-- subscriptions.
local function remove_invite(token, invite)
	local valid = invites.get(token);
	if valid and not valid.reusable then
		valid:use();
	else
		invites.delete_account_invite(token);
		if invite and invite.type == "roster" then
			local inviter = jid_split(invite.jid);
			module:open_store("invite_token", "map"):set(inviter, token, nil);
		end
	end
end

local revoke_layout = dataforms.new({
	title = "Revoke invite";
	{ name = "FORM_TYPE", type = "hidden", value = NS.."#revoke" };
	{ name = "id", type = "text-single", label = "Invite id", required = true };
});

local function handle_revoke(fields, errors, data)
	if errors then
		return { status = "completed", error = { message = "Give the id of the invite to revoke." } };
	end
	local token, invite = find_token(fields.id);
	if not token then
		return { status = "completed", error = { message = "There is no pending invite with id "..tostring(fields.id).."." } };
	end
	remove_invite(token, invite);
	module:log("info", "Invite %s revoked by %s", fields.id, jid_bare(data.from));
	return { status = "completed", info = "The invite has been revoked." };
end

local function handle_cleanup(_, data)
	if data.action == "cancel" then return { status = "canceled" }; end
	local stored = all_invites();
	if not stored then
		return { status = "completed", error = { message = "The server could not read its invites." } };
	end
	local now, removed = os.time(), 0;
	for token, invite in pairs(stored) do
		if invite.expires <= now then
			remove_invite(token, invite);
			local id = id_for(token);
			local record = records:get(nil, id);
			if record and #record.uses == 0 then records:set(nil, id, nil); end
			removed = removed + 1;
		end
	end
	module:log("info", "%d expired invites removed by %s", removed, jid_bare(data.from));
	local form = st.stanza("x", { xmlns = "jabber:x:data", type = "result" })
		:tag("field", { var = "removed", type = "text-single", label = "Removed" }):text_tag("value", tostring(removed)):up();
	return { status = "completed", other = form, info = ("Removed %d expired invites."):format(removed) };
end

---------------------------------------------------------------------------------------------------------------------
-- Registration policy

local policy_layout = dataforms.new({
	title = "Registration policy";
	{ name = "FORM_TYPE", type = "hidden", value = NS.."#policy" };
	{ name = "policy", type = "list-single", label = "Who may register", required = true,
		options = {
			{ label = "Invite only: registration needs a valid invite", value = "invite-only" },
			{ label = "Open: anyone may register", value = "open" },
			{ label = "Closed: nobody may register, not even with an invite", value = "closed" },
		} };
});

local function handle_policy(self, data, state) -- luacheck: ignore 212/self
	if data.action == "cancel" then return { status = "canceled" }; end
	if not (state or data.form) then
		return { status = "executing", actions = { "complete", default = "complete" },
			form = { layout = policy_layout, values = { policy = current_policy() } } }, "executing";
	end
	local fields, errors = read_form(policy_layout, data.form);
	if errors or not POLICIES[fields.policy] then
		return { status = "completed", error = { message = "The policy must be invite-only, open or closed." } };
	end
	local ok, err = settings:set(nil, { policy = fields.policy });
	if not ok then
		module:log("error", "Could not store the registration policy: %s", tostring(err));
		return { status = "completed", error = { message = "The server could not store the policy." } };
	end
	module:log("info", "Registration policy set to %s by %s", fields.policy, jid_bare(data.from));
	local result = st.stanza("x", { xmlns = "jabber:x:data", type = "result" })
		:tag("field", { var = "policy", type = "text-single" }):text_tag("value", fields.policy):up();
	return { status = "completed", other = result, info = "Registration is now "..fields.policy.."." };
end

---------------------------------------------------------------------------------------------------------------------
-- Enforcement during registration

local function validated_invite_of(event)
	return event.validated_invite or (event.session and event.session.validated_invite);
end

-- Runs before mod_invites_register's handler, so a refused registration never reaches the point where it is counted.
module:hook("user-registering", function (event)
	local invite = validated_invite_of(event);
	if not invite then return; end
	local record = records:get(nil, id_for(invite.token));
	local preset = record and record.username or username_in_uri(invite.uri);
	if preset and event.username ~= preset then
		event.allowed = false;
		event.reason = "This invite is for the username "..preset;
		return true;
	end
	if record and record.max_uses and #record.uses >= record.max_uses then
		event.allowed = false;
		event.reason = "This invite has already been used as often as allowed";
		return true;
	end
end, 10);

-- Runs after mod_invites_register (priority 0), so it only overrides the invite-only decision and never a denial
-- by another module, such as mod_register_limits' throttle or blocklist (those set event.error).
module:hook("user-registering", function (event)
	local invite = validated_invite_of(event);
	local policy = current_policy();
	local is_reset = invite and invite.additional_data and invite.additional_data.allow_reset == event.username;
	local denied_only_for_lack_of_invite = event.allowed == false and event.reason == INVITE_ONLY_REASON
		and event.error == nil;
	if policy == "closed" then
		if not is_reset and (event.allowed ~= false or denied_only_for_lack_of_invite) then
			event.allowed = false;
			event.reason = CLOSED_REASON;
		end
	elseif policy == "invite-only" then
		if not invite and event.allowed ~= false then
			event.allowed = false;
			event.reason = INVITE_ONLY_REASON;
		end
	elseif policy == "open" then
		if denied_only_for_lack_of_invite then
			event.allowed = true;
			event.reason = nil;
		end
	end
end, -10);

local function record_use(event)
	local invite = validated_invite_of(event);
	if not invite then return; end
	local id = id_for(invite.token);
	local record = records:get(nil, id) or {
		token = invite.token, kind = kind_of(invite, nil), uses = {}, reusable = invite.reusable,
		created = nil, expires = nil,
	};
	table.insert(record.uses, { jid = event.username.."@"..module.host, at = os.time() });
	local ok, err = records:set(nil, id, record);
	if not ok then
		module:log("error", "Could not record the use of invite %s: %s", id, tostring(err));
	end
	module:log("info", "Invite %s used by %s@%s", id, event.username, module.host);
	if record.max_uses and #record.uses >= record.max_uses and invite.reusable then
		invites.delete_account_invite(invite.token);
	end
end

-- Before mod_invites_register's handler (priority 0), which consumes single-use invites.
module:hook("user-registered", record_use, 10);
module:hook("user-password-reset", function (event)
	event.username = event.username or (event.session and event.session.username);
	record_use(event);
end, 10);

---------------------------------------------------------------------------------------------------------------------
-- Commands

local function simple(handler)
	return function (_, data) return handler(nil, data); end
end

local function two_stage(layout, values, handler)
	return function (_, data, state)
		if data.action == "cancel" then return { status = "canceled" }; end
		if not (state or data.form) then
			return { status = "executing", actions = { "complete", default = "complete" },
				form = { layout = layout, values = values and values() or nil } }, "executing";
		end
		local fields, errors = read_form(layout, data.form);
		return handler(fields, errors, data);
	end
end

module:provides("adhoc", new_adhoc("Create invite (with options)", NS.."#create",
	two_stage(create_layout, create_form_values, handle_create), "admin"));
module:provides("adhoc", new_adhoc("List invites", NS.."#list", simple(handle_list), "admin"));
module:provides("adhoc", new_adhoc("Revoke invite", NS.."#revoke", two_stage(revoke_layout, nil, handle_revoke), "admin"));
module:provides("adhoc", new_adhoc("Remove expired invites", NS.."#cleanup", simple(handle_cleanup), "admin"));
module:provides("adhoc", new_adhoc("Registration policy", NS.."#policy", handle_policy, "admin"));

module:log("info", "Registration policy is %s", current_policy());
