using LucBinh.Docs.Cli;

return LucBinhCli.Run(args, Console.Out, Console.Error);
