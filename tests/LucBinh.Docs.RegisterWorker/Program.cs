using System.Globalization;
using LucBinh.Docs.Publishing;
using LucBinh.Docs.Publishing.Auth;
using LucBinh.Docs.Publishing.Configuration;
using LucBinh.Docs.Publishing.Register;

// lucbinh-register-worker GRAPH_BASE_URL SITE_URL KIND:COUNT[,KIND:COUNT…] KEY_PREFIX
// Reserves COUNT numbers of each KIND (interleaved) in the 2025-2030 term, one document key each, and prints one line
// "KIND NUMBER KEY" per number taken; on failure prints the diagnostic's code and exits 1.
if (args.Length != 4)
{
    await Console.Error.WriteLineAsync("usage: GRAPH_BASE_URL SITE_URL KIND:COUNT[,KIND:COUNT] KEY_PREFIX").ConfigureAwait(false);
    return 2;
}

var graph = new GraphOptions { BaseUrl = new Uri(args[0]) };
var kinds = args[2].Split(',').Select(k => k.Split(':')).Select(p => (Kind: p[0], Count: int.Parse(p[1], CultureInfo.InvariantCulture))).ToList();
using var register = new SharePointDocumentRegister(new Uri(args[1]), new RegisterOptions(), graph, new StaticTokenCredential("fake-token-for-tests"));
try
{
    for (var i = 0; i < kinds.Max(k => k.Count); i++)
    {
        foreach (var (kind, count) in kinds.Where(k => k.Count > i))
        {
            var key = $"{args[3]}-{kind}-{i}";
            var entry = await register.ReserveAsync(new NumberRequest(kind, "2025-2030", key, new DateOnly(2026, 3, 5), "Trích yếu " + key)).ConfigureAwait(false);
            Console.WriteLine($"{entry.KindCode} {entry.Number.ToString(CultureInfo.InvariantCulture)} {key}");
        }
    }

    Console.WriteLine("conflicts " + register.ConflictsSeen.ToString(CultureInfo.InvariantCulture));
    return 0;
}
catch (PublishException e)
{
    await Console.Error.WriteLineAsync(e.Diagnostic.Code + " " + e.Message).ConfigureAwait(false);
    return 1;
}
