using System.Globalization;
using CorporateParenting.Placements.V1;
using Placements.Domain;
using Placements.Synthetic;

namespace Placements.Synthetic.Tests;

/// <summary>MOTHER and MC_DOB on the generated entries to care: every girl has MOTHER, a few are mothers, all within the rules.</summary>
public class MotherhoodTests
{
    private static readonly List<(SyntheticChild Child, RecordEntryToCareRequest Entry)> Entries =
        [.. Cohorts.FiveThousand.Children.SelectMany(c => c.Commands.Select(m => m.Request).OfType<RecordEntryToCareRequest>().Select(e => (c, e)))];

    private static DateOnly? Date(string value) =>
        value.Length == 0 ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void Every_girl_has_mother_recorded_on_every_entry_and_no_boy_has()
    {
        Assert.All(Entries.Where(e => e.Child.Sex == "F"), e => Assert.Contains(e.Entry.Mother, new[] { "0", "1" }));
        Assert.All(Entries.Where(e => e.Child.Sex == "M"), e => Assert.Equal(("", ""), (e.Entry.Mother, e.Entry.FirstChildBornOn)));
    }

    [Fact]
    public void Every_entry_keeps_the_motherhood_rules_the_service_checks()
    {
        var asAt = Cohorts.Options.AsAt;
        Assert.All(Entries, e =>
            Motherhood.FromCodes(e.Entry.Mother, Date(e.Entry.FirstChildBornOn)).Check(e.Child.Sex, e.Child.DateOfBirth, asAt));
    }

    [Fact]
    public void A_few_girls_looked_after_at_14_or_over_are_mothers()
    {
        var girls = Cohorts.FiveThousand.Children.Where(c => c.Sex == "F" && c.Facts.AgeAtAsAt >= 14).ToList();
        var mothers = Entries.Where(e => e.Entry.Mother == "1").Select(e => e.Child).Distinct().ToList();

        Assert.InRange(mothers.Count / (double)girls.Count, 0.003, 0.03);
        Assert.All(mothers, m => Assert.True(
            Date(Entries.First(e => e.Child == m).Entry.FirstChildBornOn) > m.DateOfBirth.AddYears(14), "born after the mother's 14th birthday"));
    }
}
