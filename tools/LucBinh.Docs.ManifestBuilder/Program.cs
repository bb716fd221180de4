using LucBinh.Docs.ManifestBuilder;

// Usage (from the repository):
//   dotnet run --project tools/LucBinh.Docs.ManifestBuilder                 dev manifests + icons (the committed files)
//   dotnet run --project tools/LucBinh.Docs.ManifestBuilder -- --env production.json
//   dotnet run --project tools/LucBinh.Docs.ManifestBuilder -- --base-url https://baocao.example.vn --client-id GUID --name prod --out DIR
//   … --check                                                               exit 1 when a committed file differs
return ManifestCommand.Run(args, Console.Out, Console.Error);
