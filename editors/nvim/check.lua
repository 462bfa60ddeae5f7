-- Check replylint in a real Neovim: open each letter given on the command line, wait
-- for the diagnostics the language server publishes, then ask for the quick fixes on
-- one of them and apply the first, as a user would with vim.lsp.buf.code_action().
--
-- Run it after the README's setup (as init.lua), headless:
--   nvim --headless -u init.lua -c "luafile editors/nvim/check.lua" a.txt b.md c.eml
-- It prints one JSON line per letter on standard output:
--   {"file": ..., "diagnostics": [{"lnum", "col", "code", "message"}, ...],
--    "fix": {"line": ..., "titles": [...], "applied": ..., "changed": ..., "after": [...]}}
-- ("col" is Neovim's: a 0-based byte column) and exits with 0, or with 1 and a line on
-- standard error when the server published nothing for a letter in time.
-- Works on Neovim 0.7 and later.

local timeout = tonumber(vim.env.REPLYLINT_CHECK_TIMEOUT_MS or "") or 90000
local fix_code = vim.env.REPLYLINT_CHECK_FIX_CODE -- the rule whose quick fix is tried

-- Which documents the server has published diagnostics for (an empty list counts: a
-- letter with no problem, or whose only problem the settings ignore).
local published = {}
local publish = "textDocument/publishDiagnostics"
local default_publish = vim.lsp.handlers[publish]
vim.lsp.handlers[publish] = function(err, result, ctx, config)
  local answer = default_publish(err, result, ctx, config)
  if result and result.uri then published[vim.uri_to_fname(result.uri)] = true end
  return answer
end

local function say(line)
  io.stdout:write(line .. "\n")
  io.stdout:flush()
end

local function fail(message)
  io.stderr:write("check.lua: " .. message .. "\n")
  io.stderr:flush()
  vim.cmd("cquit 1")
end

local function summary(buf)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out, { lnum = d.lnum, col = d.col, code = d.code, message = d.message })
  end
  table.sort(out, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    if a.col ~= b.col then return a.col < b.col end
    return tostring(a.code) < tostring(b.code)
  end)
  return out
end

-- Put the cursor on a finding of fix_code, run the real code-action command, record
-- the titles it offers and apply the first; then wait for the letter to be checked again.
local function try_fix(buf)
  local target
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == fix_code then
      target = d
      break
    end
  end
  if target == nil then return nil end
  local before = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
  local name = vim.api.nvim_buf_get_name(buf)
  published[name] = nil
  local offered
  local original_select = vim.ui.select
  vim.ui.select = function(items, opts, on_choice)
    offered = {}
    for _, item in ipairs(items) do
      table.insert(offered, opts.format_item and opts.format_item(item) or tostring(item))
    end
    on_choice(items[1], 1)
  end
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  vim.lsp.buf.code_action()
  vim.wait(timeout, function() return offered ~= nil end, 50)
  vim.ui.select = original_select
  local result = { line = target.lnum, titles = offered or {}, applied = offered and offered[1] }
  local function text() return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n") end
  result.changed = vim.wait(5000, function() return text() ~= before end, 50)
  if result.changed then
    -- the server checks the new text after its pause and publishes again
    if not vim.wait(timeout, function() return published[name] end, 50) then
      fail(string.format("%s: not checked again within %d ms of the quick fix", name, timeout))
    end
    result.after = summary(buf)
  end
  return result
end

local files = vim.fn.argv()
if #files == 0 then fail("no letters given") end
for _, file in ipairs(files) do
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local name = vim.api.nvim_buf_get_name(buf)
  local got = vim.wait(timeout, function() return published[name] end, 50)
  if not got then
    local clients = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = buf })
      or vim.lsp.buf_get_clients(buf)
    fail(string.format("%s: nothing published within %d ms (filetype %q, %d client(s) attached)",
      file, timeout, vim.bo[buf].filetype, vim.tbl_count(clients)))
    return
  end
  say(vim.fn.json_encode({
    file = file,
    filetype = vim.bo[buf].filetype,
    diagnostics = summary(buf),
    fix = fix_code and try_fix(buf) or vim.NIL,
  }))
end
vim.cmd("qall!")
