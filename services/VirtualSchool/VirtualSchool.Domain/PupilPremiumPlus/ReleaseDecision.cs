namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>Whether an allocation may be released now; if not, <see cref="WhyNot"/> says what is missing.</summary>
public sealed record ReleaseDecision(string? WhyNot)
{
    public static ReleaseDecision Yes { get; } = new((string?)null);

    public bool MayRelease => WhyNot is null;

    /// <exception cref="VirtualSchoolRuleViolation">The release is refused; the message is <see cref="WhyNot"/>.</exception>
    public void ThrowIfRefused()
    {
        if (WhyNot is not null)
        {
            throw new VirtualSchoolRuleViolation(WhyNot);
        }
    }
}
