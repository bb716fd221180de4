using LucBinh.Docs.Web;

LucBinhWebApp.Build(args).Run();
