"""`factlint server`: a language server over stdio, a shell around the same run as `check` (needs the lsp extra)."""
