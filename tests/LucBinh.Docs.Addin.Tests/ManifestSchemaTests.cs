using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using LucBinh.Docs.TestSupport;

namespace LucBinh.Docs.Addin.Tests;

/// <summary>
/// The XML manifest against Microsoft's XSDs (shared/schemas/office-addin-manifest). .NET's XmlSchemaSet only warns
/// when a schema does not compile, and then every document "validates": warnings fail these tests like errors.
/// </summary>
[TestClass]
public sealed class ManifestSchemaTests
{
    private static string SchemaFolder => Path.Combine(RepoPaths.Shared, "schemas", "office-addin-manifest");

    [TestMethod]
    public void CommittedDevManifestValidatesAgainstTheSchemas()
    {
        var problems = Validate(File.ReadAllText(ManifestDocument.DevXmlPath));
        Assert.IsEmpty(problems, string.Join(Environment.NewLine, problems));
    }

    [TestMethod]
    public void ProductionManifestValidatesAgainstTheSchemas()
    {
        var problems = Validate(ManifestDocument.Build(ManifestDocument.Production).ToString());
        Assert.IsEmpty(problems, string.Join(Environment.NewLine, problems));
    }

    [TestMethod]
    public void TheValidatorRejectsABrokenManifest()
    {
        // Guards against a validator that accepts everything (a schema that failed to compile, a wrong namespace).
        var document = ManifestDocument.LoadDev();
        document.Root!.Element(document.Root.Name.Namespace + "Permissions")!.Value = "Everything";
        var problems = Validate(document.ToString());
        Assert.IsNotEmpty(problems);
    }

    private static List<string> Validate(string xml)
    {
        var problems = new List<string>();
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.ValidationEventHandler += (_, e) => problems.Add($"schema {e.Severity}: {e.Message}");
        foreach (var file in new[] { "OfficeAppManifestV1_1.xsd" })
        {
            using var reader = XmlReader.Create(Path.Combine(SchemaFolder, file), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = new XmlUrlResolver() });
            schemas.Add(null, reader);
        }

        schemas.Compile();
        Assert.IsTrue(schemas.IsCompiled);
        Assert.IsEmpty(problems, "The shared schemas must compile without warnings: " + string.Join(Environment.NewLine, problems));

        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = schemas,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
        };
        settings.ValidationEventHandler += (_, e) =>
            problems.Add($"{e.Severity} at line {e.Exception?.LineNumber}: {e.Message}");
        using (var reader = XmlReader.Create(new StringReader(xml), settings))
        {
            while (reader.Read())
            {
            }
        }

        return problems;
    }
}
