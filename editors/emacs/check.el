;;; check.el --- check replylint in a real Emacs with eglot  -*- lexical-binding: t -*-

;; Run Emacs in a terminal with the README's setup as ~/.emacs.d/init.el and this file:
;;   REPLYLINT_CHECK_OUTPUT=out.jsonl emacs -nw -l editors/emacs/check.el -- a.txt b.md
;; It types into Emacs's own command loop, as a user at the keyboard would: C-x C-f and
;; the letter's name (so eglot-ensure in a mode hook starts eglot after that command),
;; M-x eglot where the letter's mode has no such hook, and, when
;; REPLYLINT_CHECK_FIX_CODE names a rule, M-x eglot-code-actions RET with point on its
;; first finding (RET takes the default action).  Between steps it waits, on a timer,
;; until the server has published for the letter and Flymake shows all of it.
;; Batch mode will not do: eglot sends changes, and Flymake starts, from idle timers and
;; post-command-hook, which only a command loop runs.
;; One JSON line per letter goes to $REPLYLINT_CHECK_OUTPUT:
;;   {"file", "mode", "diagnostics": [{"line", "col", "code", "message"}],
;;    "fix": {"line", "titles", "applied", "changed", "after"}}
;; ("line" is 0-based and "col" counts characters, as LSP's lines and Emacs's columns);
;; Emacs exits with 0, or with 1 after an {"error": ...} line when something did not
;; happen in time.  Works with eglot 1.9 (Emacs 28, as a package) and later.

(require 'cl-lib)
(require 'json)
(require 'eglot)
(require 'flymake)

(defvar replylint-check-timeout
  (/ (string-to-number (or (getenv "REPLYLINT_CHECK_TIMEOUT_MS") "90000")) 1000.0)
  "Seconds to wait for each step.")

(defvar replylint-check-fix-code (getenv "REPLYLINT_CHECK_FIX_CODE")
  "The code of the rule whose quick fix is tried, or nil.")

(defvar replylint-check-output (getenv "REPLYLINT_CHECK_OUTPUT")
  "The file the JSON lines go to.")

(defvar replylint-check--published (make-hash-table :test #'equal)
  "File name -> number of diagnostics in the server's latest publication for it.")

(defvar replylint-check--titles nil
  "The titles eglot offered in its last code-action prompt.")

(advice-add 'eglot-handle-notification :after
            (lambda (_server method &rest args)
              (when (eq method 'textDocument/publishDiagnostics)
                (puthash (expand-file-name (eglot--uri-to-path (plist-get args :uri)))
                         (length (plist-get args :diagnostics))
                         replylint-check--published))))

(advice-add 'completing-read :before
            (lambda (prompt collection &rest _)
              (when (string-prefix-p "[eglot] Pick an action" prompt)
                (setq replylint-check--titles (mapcar #'car collection)))))

(defun replylint-check--write (object)
  "Append OBJECT as one JSON line to the output file."
  (let ((line (concat (json-encode object) "\n")))
    (write-region line nil replylint-check-output 'append 'quiet)))

(defun replylint-check--fail (format-string &rest args)
  "Write what went wrong, and eglot's log beside the output (.log), and exit with 1."
  (dolist (buffer (buffer-list))
    (when (string-match-p "EGLOT.*events" (buffer-name buffer))
      (with-current-buffer buffer
        (write-region nil nil (concat replylint-check-output ".log") 'append 'quiet))))
  (replylint-check--write `((error . ,(apply #'format format-string args))))
  (kill-emacs 1))

(defun replylint-check--code (diagnostic)
  "Return the LSP code of the Flymake DIAGNOSTIC that eglot made, else nil."
  (let ((lsp (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diagnostic)))))
    (plist-get lsp :code)))

(defun replylint-check--shown ()
  "Return the current buffer's Flymake diagnostics from eglot, sorted by place."
  (sort (cl-remove-if-not #'replylint-check--code (flymake-diagnostics))
        (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))

(defun replylint-check--summary ()
  "Return the current buffer's diagnostics as a vector of alists for JSON."
  (vconcat
   (mapcar (lambda (d)
             (save-excursion
               (goto-char (flymake-diagnostic-beg d))
               `((line . ,(1- (line-number-at-pos)))
                 (col . ,(- (point) (line-beginning-position)))
                 (code . ,(replylint-check--code d))
                 (message . ,(flymake-diagnostic-text d)))))
           (replylint-check--shown))))

(defun replylint-check--settled (file)
  "Non-nil once the server published for FILE and Flymake shows all of it."
  (let ((count (gethash file replylint-check--published)))
    (and count (= count (length (replylint-check--shown))))))

(defun replylint-check--type (keys &optional text)
  "Queue KEYS (as `kbd' reads them), or TEXT as it is, as if typed."
  (setq unread-command-events
        (append unread-command-events (listify-key-sequence (or text (kbd keys))))))

(defun replylint-check--then (what predicate action)
  "Once PREDICATE holds (checked on a timer), run ACTION; fail after the timeout.
WHAT names the awaited thing for the error message."
  (let ((deadline (+ (float-time) replylint-check-timeout)))
    (cl-labels ((poll ()
                  (cond ((funcall predicate) (funcall action))
                        ((> (float-time) deadline)
                         (replylint-check--fail "%s: not within %s s (buffer %s, mode %s, eglot %s)"
                                                what replylint-check-timeout (buffer-name)
                                                major-mode
                                                (if (bound-and-true-p eglot--managed-mode)
                                                    "on" "off")))
                        (t (run-with-timer 0.1 nil #'poll)))))
      (run-with-timer 0.1 nil #'poll))))

(defun replylint-check--visiting (file)
  "Non-nil when the selected window shows FILE."
  (equal (buffer-file-name (window-buffer (selected-window))) file))

(defun replylint-check--next (files)
  "Open the first of FILES as a user would, report it, then go on with the rest."
  (if (null files)
      (kill-emacs 0)
    (let ((file (car files)))
      (replylint-check--type "C-x C-f C-a C-k")
      (replylint-check--type nil file)
      (replylint-check--type "RET")
      (replylint-check--then
       (format "%s: opened" file) (lambda () (replylint-check--visiting file))
       (lambda ()
         (unless (bound-and-true-p eglot--managed-mode)
           (replylint-check--type "M-x eglot RET"))
         (replylint-check--then
          (format "%s: diagnostics shown" file)
          (lambda () (replylint-check--settled file))
          (lambda ()
            (let ((report `((file . ,file) (mode . ,(symbol-name major-mode))
                            (diagnostics . ,(replylint-check--summary)))))
              (replylint-check--fix
               file (lambda (fix)
                      (replylint-check--write (append report `((fix . ,fix))))
                      (replylint-check--next (cdr files))))))))))))

(defun replylint-check--fix (file done)
  "Try the quick fix on FILE's first finding of the fix code; call DONE with the result."
  (let ((target (and replylint-check-fix-code
                     (cl-find replylint-check-fix-code (replylint-check--shown)
                              :key #'replylint-check--code :test #'equal))))
    (if (null target)
        (funcall done nil)
      (let ((before (buffer-string))
            (start (flymake-diagnostic-beg target)))
        (goto-char start)
        (setq replylint-check--titles nil)
        (remhash file replylint-check--published)
        (replylint-check--type "M-x eglot-code-actions RET RET")
        (replylint-check--then
         (format "%s: the quick fix applied and the letter checked again" file)
         (lambda ()  ; the server published again, for the new text (see remhash above)
           (and (not (equal before (buffer-string))) (replylint-check--settled file)))
         (lambda ()
           (funcall done `((line . ,(save-excursion (goto-char start)
                                                    (1- (line-number-at-pos))))
                           (titles . ,(vconcat replylint-check--titles))
                           (applied . ,(car replylint-check--titles))
                           (changed . t)
                           (after . ,(replylint-check--summary))))))))))

(let ((files (mapcar #'expand-file-name (cdr (member "--" command-line-args)))))
  (setq command-line-args-left nil)  ; the letters are opened by typing, not by Emacs
  (unless replylint-check-output
    (error "check.el: set REPLYLINT_CHECK_OUTPUT to the file for the results"))
  (add-hook 'emacs-startup-hook
            (lambda ()
              (if files
                  (run-with-timer 0.2 nil #'replylint-check--next files)
                (replylint-check--fail "no letters given (after --)")))))

;;; check.el ends here
