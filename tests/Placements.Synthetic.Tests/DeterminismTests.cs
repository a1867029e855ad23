using Google.Protobuf;
using Placements.Synthetic;

namespace Placements.Synthetic.Tests;

public class DeterminismTests
{
    private static List<byte[]> Bytes(SyntheticCohort cohort) =>
        cohort.Children.SelectMany(c => c.Commands).Select(c => c.Request.ToByteArray()).ToList();

    [Fact]
    public void Same_seed_gives_byte_identical_requests()
    {
        var options = new CohortOptions { Seed = 7, Children = 800 };
        var first = Bytes(CohortGenerator.Generate(options));
        var second = Bytes(CohortGenerator.Generate(options with { }));

        Assert.Equal(first.Count, second.Count);
        for (int i = 0; i < first.Count; i++)
        {
            Assert.Equal(first[i], second[i]);
        }
    }

    [Fact]
    public void A_different_seed_gives_a_different_cohort()
    {
        var a = CohortGenerator.Generate(new CohortOptions { Seed = 7, Children = 200 });
        var b = CohortGenerator.Generate(new CohortOptions { Seed = 8, Children = 200 });

        var first = a.Children[0].Commands[0].Request.ToByteArray();
        Assert.NotEqual(first, b.Children[0].Commands[0].Request.ToByteArray());
        Assert.NotEqual(
            a.Children.Select(c => c.DateOfBirth).ToList(),
            b.Children.Select(c => c.DateOfBirth).ToList());
    }

    [Fact]
    public void Identifiers_are_derived_from_seed_and_indexes()
    {
        var cohort = CohortGenerator.Generate(new CohortOptions { Seed = 9, Children = 300 });

        Assert.Equal("SYN9-000001", cohort.Children[0].CaseReference);
        Assert.Equal("syn-9-000001-001", cohort.Children[0].Commands[0].ClientRequestId);
        var ids = cohort.Children.SelectMany(c => c.Commands).Select(c => c.ClientRequestId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(id.Length <= 100));
    }
}
