using Zenput.SlaPolicy.Cli;

return CliApp.Run(args, CliConsole.System);
