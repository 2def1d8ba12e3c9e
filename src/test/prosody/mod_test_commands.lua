-- mod_test_commands: commands for the app's tests only. Never install it.
--
-- * A two-step wizard with prev/next/complete and every field type, which finishes with a table of what it got.
-- * A list of the wizard sessions that were cancelled, so a test can see that a cancel reached the server.

local dataforms = require "util.dataforms";
local st = require "util.stanza";
local uuid = require "util.uuid";

local new_adhoc = module:require("adhoc").new;
module:depends("adhoc");

local TEST_NS = "urn:x-invite-manager:test";
local cancelled = {};

local step_one = dataforms.new {
	title = "Wizard: step 1 of 2";
	instructions = "Who and how many.";
	{ name = "FORM_TYPE", type = "hidden", value = TEST_NS.."#wizard" };
	{ name = "token", type = "hidden" };
	{ name = "name", type = "text-single", label = "Name", required = true, desc = "Any name will do." };
	{ name = "count", type = "text-single", label = "Count", datatype = "xs:integer", range_min = 1, range_max = 10 };
};

local step_two = dataforms.new {
	title = "Wizard: step 2 of 2";
	{ name = "FORM_TYPE", type = "hidden", value = TEST_NS.."#wizard" };
	{ name = "token", type = "hidden" };
	{ name = "about", type = "fixed", value = "Nearly done." };
	{ name = "colour", type = "list-single", label = "Colour", options = { "red", "green", "blue" } };
	{ name = "tags", type = "list-multi", label = "Tags", options = { "a", "b", "c", "d" } };
	{ name = "friends", type = "jid-multi", label = "Friends" };
	{ name = "owner", type = "jid-single", label = "Owner" };
	{ name = "notes", type = "text-multi", label = "Notes" };
	{ name = "secret", type = "text-private", label = "Secret" };
	{ name = "agree", type = "boolean", label = "Agree" };
};

local function listed(value)
	if type(value) == "table" then return value; end
	if type(value) == "boolean" then return { value and "true" or "false" }; end
	if value == nil then return {}; end
	local lines = {};
	for line in tostring(value):gmatch("[^\n]+") do lines[#lines + 1] = line; end
	return lines;
end

local function table_result(first, second)
	local form = st.stanza("x", { xmlns = "jabber:x:data", type = "result" }):tag("title"):text("What the wizard got"):up();
	form:tag("reported")
		:tag("field", { var = "field", label = "Field", type = "text-single" }):up()
		:tag("field", { var = "value", label = "Value", type = "text-multi" }):up()
	:up();
	local names = { "name", "count", "colour", "tags", "friends", "owner", "notes", "secret", "agree" };
	for _, name in ipairs(names) do
		local value = first[name];
		if value == nil then value = second[name]; end
		form:tag("item"):tag("field", { var = "field" }):text_tag("value", name):up():tag("field", { var = "value" });
		for _, each in ipairs(listed(value)) do form:text_tag("value", each); end
		form:up():up();
	end
	return form;
end

local function wizard(_, data, state)
	if data.action == "cancel" then
		if state then cancelled[#cancelled + 1] = state.token; end
		return { status = "canceled" };
	end
	if not state then
		state = { stage = 1, token = uuid.generate() };
		return { status = "executing", actions = { "next", default = "next" },
			form = { layout = step_one, values = { token = state.token } } }, state;
	end
	if state.stage == 1 then
		local fields, errors = step_one:data(data.form);
		if errors then
			local text = {};
			for name, message in pairs(errors) do text[#text + 1] = name .. ": " .. message; end
			return { status = "executing", actions = { "next", default = "next" }, error = { message = table.concat(text, "; ") },
				form = { layout = step_one, values = { token = state.token } } }, state;
		end
		state.first, state.stage = fields, 2;
		return { status = "executing", actions = { "prev", "complete", default = "complete" },
			form = { layout = step_two, values = { token = state.token } } }, state;
	end
	if data.action == "prev" then
		state.stage = 1;
		local values = { token = state.token, name = state.first.name, count = state.first.count };
		return { status = "executing", actions = { "next", default = "next" },
			form = { layout = step_one, values = values } }, state;
	end
	local fields = step_two:data(data.form);
	return { status = "completed", info = "The wizard is done.", other = table_result(state.first, fields) };
end

local function cancellations(_, data)
	if data.action == "cancel" then return { status = "canceled" }; end
	local form = st.stanza("x", { xmlns = "jabber:x:data", type = "result" });
	form:tag("field", { var = "tokens", type = "text-multi" });
	for _, token in ipairs(cancelled) do form:text_tag("value", token); end
	form:up();
	return { status = "completed", other = form };
end

module:provides("adhoc", new_adhoc("Test wizard", TEST_NS.."#wizard", wizard, "admin"));
module:provides("adhoc", new_adhoc("Cancelled wizards", TEST_NS.."#cancellations", cancellations, "admin"));
