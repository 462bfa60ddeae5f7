// Starts replylint-lsp for letters (files matching replylint.files, email documents, and any
// text that opens with replylint front matter) and passes it the settings.
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from "vscode-languageclient/node";

let client: LanguageClient | undefined;

/** Front matter whose block names one of the keys replylint reads (to, cc, sent, rejection, ignore). */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:(?!---[ \t]*\r?\n)[^\n]*\n)*?(?:to|cc|sent|subject|rejection|ignore)[ \t]*:/;

function config(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration("replylint");
}

/** The settings the server reads, under the names it reads them (see lint/server/state.py). */
function settings(): Record<string, unknown> {
  const values = config();
  return {
    select: values.get<string[]>("select", []),
    ignore: values.get<string[]>("ignore", []),
    model: values.get<string>("model", "") || undefined,
    maxWords: values.get<number | null>("maxWords", null) ?? undefined,
  };
}

/** Whether a document is a letter: an email, a file the patterns match, or front matter. */
function isLetter(document: vscode.TextDocument): boolean {
  if (document.languageId === "email") {
    return true;
  }
  const patterns = config().get<string[]>("files", []);
  const filters = patterns.map((pattern) => ({ scheme: "file", pattern }));
  if (filters.length > 0 && vscode.languages.match(filters, document) > 0) {
    return true;
  }
  return FRONT_MATTER.test(document.getText(new vscode.Range(0, 0, 60, 0)));
}

function makeClient(): LanguageClient {
  const command = config().get<string>("serverPath", "replylint-lsp");
  const serverOptions: ServerOptions = { command, args: [] };
  // NOTE: the selector takes every text, Markdown and email document; which of them the server
  // sees is decided when each opens (below), since a selector can't look at a file's first lines.
  const linted = new Set<string>();
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "plaintext" },
      { scheme: "file", language: "markdown" },
      { scheme: "file", language: "email" },
      { scheme: "file", pattern: "**/*.eml" },
      { scheme: "untitled", language: "plaintext" },
      { scheme: "untitled", language: "markdown" },
    ],
    initializationOptions: settings(),
    middleware: {
      didOpen: async (document, next) => {
        if (isLetter(document)) {
          linted.add(document.uri.toString());
          await next(document);
        }
      },
      didChange: async (event, next) => {
        if (linted.has(event.document.uri.toString())) {
          await next(event);
        }
      },
      didSave: async (document, next) => {
        if (linted.has(document.uri.toString())) {
          await next(document);
        }
      },
      didClose: async (document, next) => {
        if (linted.delete(document.uri.toString())) {
          await next(document);
        }
      },
    },
  };
  return new LanguageClient("replylint", "replylint", serverOptions, clientOptions);
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
}

async function start(): Promise<void> {
  await stop();
  if (config().get<boolean>("enable", true)) {
    client = makeClient();
    await client.start();
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (["enable", "files", "serverPath"].some((key) => event.affectsConfiguration(`replylint.${key}`))) {
        await start(); // which documents are letters, or the server itself, changed
      } else if (event.affectsConfiguration("replylint") && client) {
        await client.sendNotification("workspace/didChangeConfiguration", {
          settings: { replylint: settings() },
        });
      }
    }),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}
