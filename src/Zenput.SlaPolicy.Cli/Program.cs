using Zenput.Sla.Cli;

return CliApp.Run(args, CliConsole.ForProcess());
