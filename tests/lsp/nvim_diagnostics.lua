-- Neovim's built-in LSP client (0.7+) against `factcheck lsp`: opens the
-- article named by $FACTCHECK_FILE, waits for its diagnostics, asks for the
-- hover on the first one, and writes what it got to $FACTCHECK_OUT as JSON.
local binary = os.getenv('FACTCHECK_BINARY')
local file = os.getenv('FACTCHECK_FILE')
local out = os.getenv('FACTCHECK_OUT')

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buffer = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'factcheck',
  cmd = { binary, 'lsp' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  init_options = { name = 'Neovim Test' },
})
vim.lsp.buf_attach_client(buffer, client_id)

local result = { attached = client_id ~= nil, diagnostics = {} }
vim.wait(30000, function() return #vim.diagnostic.get(buffer) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(buffer)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(result.diagnostics, {
    line = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity,
    source = d.source, message = d.message, code = lsp.code,
  })
end
table.sort(result.diagnostics, function(a, b) return a.col < b.col end)

local first = result.diagnostics[1]
local client = vim.lsp.get_client_by_id(client_id)
if first and client then
  local answer = client.request_sync('textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(buffer) },
    position = { line = first.line, character = first.col },
  }, 10000, buffer)
  if answer and answer.result then result.hover = answer.result.contents.value end
end

vim.fn.writefile({ vim.fn.json_encode(result) }, out)
vim.lsp.stop_client(client_id)
vim.cmd('qall!')
