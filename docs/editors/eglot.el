;; init.el: M-x eglot in a Markdown or text buffer starts factlint
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((markdown-mode gfm-mode text-mode) . ("factlint" "server"))))
