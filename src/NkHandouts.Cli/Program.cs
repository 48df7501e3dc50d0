using NkHandouts.Cli;

return CliApp.Run(args, CliContext.FromProcess());
