using CorporateParenting.ReadmeExamples.Tests.Extraction;
using CorporateParenting.ReadmeExamples.Tests.Running;
using CorporateParenting.Testing;
using Xunit.Abstractions;

namespace CorporateParenting.ReadmeExamples.Tests;

/// <summary>
/// Every curl and grpcurl example in the repository's Markdown does what its README shows, against the real services:
/// each test case is one example, named after its file and its position there (<c>README.md example 2 (line 181)</c>).
/// The examples above it in the same file run first, in order, as a reader would run them: what they return fills its
/// placeholders. Nothing is shelled out: the services run in-process on test servers with no port a curl could reach,
/// and grpcurl is not installed on our machines; <see cref="CurlRequest"/> and <see cref="GrpcurlRequest"/> send what
/// the tools would, and refuse any option they do not know.
/// </summary>
[Collection(ExamplesCollection.Name)]
public sealed class ReadmeExamples_Specs(InfrastructureFixture fixture, ITestOutputHelper log) : IAsyncLifetime
{
    private ExamplePlatform _platform = null!;

    public static TheoryData<ExampleName> Examples()
    {
        var names = new TheoryData<ExampleName>();
        foreach (var example in ExampleCatalogue.Repository.Examples)
        {
            names.Add(new ExampleName(example.Name));
        }
        return names;
    }

    public async Task InitializeAsync() => _platform = await ExamplePlatform.StartAsync(fixture);

    public async Task DisposeAsync() => await _platform.DisposeAsync();

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Does_what_the_README_shows(ExampleName example)
    {
        var catalogue = ExampleCatalogue.Repository;
        var subject = catalogue.Named(example.Value);
        var session = new ExampleSession(_platform, log);
        foreach (var earlier in catalogue.Before(subject))
        {
            await session.RunAsync(earlier, before: subject);
        }
        await session.RunAsync(subject);
    }
}
