// Starts replylint-lsp for plain text, Markdown and email files and passes it the settings.
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
} from "vscode-languageclient/node";

let client: LanguageClient | undefined;

function settings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration("replylint");
  return {
    select: config.get<string[]>("select", []),
    ignore: config.get<string[]>("ignore", []),
    model: config.get<string>("model", "") || undefined,
  };
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const command = vscode.workspace.getConfiguration("replylint").get<string>("serverPath", "replylint-lsp");
  const serverOptions: ServerOptions = { command, args: [] };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "plaintext" },
      { scheme: "file", language: "markdown" },
      { scheme: "file", language: "email" },
      { scheme: "file", pattern: "**/*.eml" },
      { scheme: "untitled", language: "plaintext" },
    ],
    initializationOptions: settings(),
    synchronize: { configurationSection: "replylint" },
  };
  client = new LanguageClient("replylint", "replylint", serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration("replylint") && client) {
        void client.sendNotification("workspace/didChangeConfiguration", {
          settings: { replylint: settings() },
        });
      }
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  if (client) {
    await client.stop();
  }
}
