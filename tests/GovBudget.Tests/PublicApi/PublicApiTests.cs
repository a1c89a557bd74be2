using System.Reflection;
using GovBudget.TestSupport;
using PublicApiGenerator;

namespace GovBudget.Tests.PublicApi;

/// <summary>
/// The public surface of each package, approved in a text file beside this test: any change to it fails here and
/// shows in review as a diff of the .approved.txt file. To accept a change, copy the .received.txt over it.
/// </summary>
public sealed class PublicApiTests
{
    [Theory]
    [InlineData("GovBudget")]
    [InlineData("GovBudget.Rules")]
    [InlineData("GovBudget.Testing")]
    public void The_public_api_is_the_approved_one(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] })
            .Replace("\r\n", "\n", StringComparison.Ordinal);
        var folder = Repository.Path("tests", "GovBudget.Tests", "PublicApi");
        var approved = Path.Combine(folder, $"{assemblyName}.approved.txt");
        var received = Path.Combine(folder, $"{assemblyName}.received.txt");
        var expected = File.Exists(approved) ? File.ReadAllText(approved).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        if (api != expected)
        {
            File.WriteAllText(received, api);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        api.Should().Be(expected, $"the public API of {assemblyName} changed: review {received} and copy it over {approved} to accept it");
    }
}
