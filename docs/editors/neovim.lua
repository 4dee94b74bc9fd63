-- init.lua: start factlint for Markdown and text buffers (Neovim 0.10+)
vim.api.nvim_create_autocmd("FileType", {
  pattern = { "markdown", "text" },
  callback = function(args)
    vim.lsp.start({
      name = "factlint",
      cmd = { "factlint", "server" },
      root_dir = vim.fs.root(args.buf, { ".factlint.toml", ".factlint.yaml", "pyproject.toml", ".git" }),
    })
  end,
})
