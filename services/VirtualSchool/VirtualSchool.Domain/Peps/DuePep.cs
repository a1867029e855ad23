namespace VirtualSchool.Domain.Peps;

/// <summary>A PEP that an event or a term makes due: its occasion, form, due date and, for a termly review, the term's name (docs/virtual-school.md §9.3).</summary>
public sealed record DuePep(PepOccasion Occasion, PepForm Form, DateOnly DueOn, string? Term = null)
{
    public PepKind Kind => PepKinds.Of(Occasion, Form);
}
