namespace VirtualSchool.Domain.Peps;

/// <summary>
/// The quality assurance checklist and the rule from it to a rating (docs/virtual-school.md §9.8, a platform choice):
/// Green when every mandatory item is met and at least <see cref="GreenFromPercent"/> of all items are; Amber from
/// <see cref="AmberFromPercent"/>; Red below. A PEP is adequate (for the Pupil Premium Plus release policy) from
/// <see cref="AdequateFrom"/>.
/// </summary>
public sealed record PepQualityOptions
{
    public const string Section = "VirtualSchool:Peps:Quality";

    public IReadOnlyList<QualityCheck> Checklist { get; init; } = [];

    public decimal GreenFromPercent { get; init; } = 80m;

    public decimal AmberFromPercent { get; init; } = 50m;

    public PepRating AdequateFrom { get; init; } = PepRating.Amber;
}
