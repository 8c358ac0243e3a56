using Landau.Site.Cli;

return CommandLine.Run(args, Console.Out, Console.Error);
