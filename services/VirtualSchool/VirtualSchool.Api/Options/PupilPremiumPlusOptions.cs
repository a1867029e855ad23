using System.ComponentModel.DataAnnotations;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.Api.Options;

/// <summary>
/// Pupil Premium Plus as the authority runs it (docs/virtual-school.md §10): the rate per financial year (convention 7;
/// the national defaults of <see cref="PupilPremiumPlusRates.Default"/> unless a year is configured here), the retained
/// share per eligible child, and which 31 August the age test uses.
/// </summary>
public sealed class PupilPremiumPlusOptions : IValidatableObject
{
    public const string Section = "VirtualSchool:PupilPremiumPlus";

    /// <summary>Rates added to, or replacing, the national defaults: <c>FinancialYear</c> "2026-27", <c>PerChild</c> in pounds.</summary>
    public List<RateSetting> Rates { get; set; } = [];

    /// <summary>The centrally retained share (top-slice) per eligible child, in pounds; 0 keeps nothing back.</summary>
    [Range(0, 100_000)]
    public decimal RetainedPerChild { get; set; }

    public AgeReferenceDay AgeReferenceDay { get; set; } = AgeReferenceDay.ThirtyFirstAugustInYear;

    /// <summary>How often the PP+ sweep makes allocations follow pupils who left care or changed school.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>When allocated money may be paid: per term on a request through a PEP target (the default), or after an adequate PEP.</summary>
    public ReleasePolicyKind ReleasePolicy { get; set; } = ReleasePolicyKind.PerTermOnRequest;

    /// <summary>The amounts a pupil's release may come to in a term, in pounds, under <see cref="ReleasePolicyKind.PerTermOnRequest"/>.</summary>
    public List<decimal> TermAmounts { get; set; } = [];

    /// <summary>The policy in force: Warwickshire's bands (£0, £400, £800, £1,500) unless others are configured.</summary>
    public ReleasePolicy ToReleasePolicy() => ReleasePolicy switch
    {
        ReleasePolicyKind.AfterAdequatePep => Domain.PupilPremiumPlus.ReleasePolicy.AfterAdequatePep,
        _ when TermAmounts.Count == 0 => Domain.PupilPremiumPlus.ReleasePolicy.PerTermOnRequest,
        _ => new ReleasePolicy(ReleasePolicyKind.PerTermOnRequest, [.. TermAmounts.Select(Money.FromPounds)]),
    };

    /// <summary>The rates in force; refused with the rule's message when a setting does not make one.</summary>
    public PupilPremiumPlusRates ToRates()
    {
        var configured = Rates.Select(r => new PupilPremiumPlusRate(
            FinancialYear.Parse(r.FinancialYear), Money.FromPounds(r.PerChild), r.EarlyYearsPerChild is { } early ? Money.FromPounds(early) : null)).ToList();
        var years = configured.Select(r => r.Year).ToHashSet();
        return new PupilPremiumPlusRates(PupilPremiumPlusRates.Default.All.Where(r => !years.Contains(r.Year)).Concat(configured));
    }

    public Money Retained => Money.FromPounds(RetainedPerChild);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => RuleValidation.Of(nameof(Rates), () => { ToRates(); _ = Retained; _ = ToReleasePolicy(); });

    public sealed class RateSetting
    {
        public string FinancialYear { get; set; } = "";
        public decimal PerChild { get; set; }
        public decimal? EarlyYearsPerChild { get; set; }
    }
}
