namespace VirtualSchool.Domain.Peps;

/// <summary>
/// Close what is open, from <see cref="ClosedOn"/>, for <see cref="Reason"/> (docs/virtual-school.md §9.4);
/// <see cref="ReasonCeased"/> is the SSDA903 code when care ended.
/// </summary>
public sealed record PepCloseDecision(PepCloseReason Reason, DateOnly ClosedOn, string? ReasonCeased = null)
{
    /// <summary>How the reason reads to staff: "left care (E4A) on 3 Jun 2026".</summary>
    public string Describe() => Reason switch
    {
        PepCloseReason.LeftCare => $"left care ({ReasonCeased}) on {Show.Date(ClosedOn)}",
        PepCloseReason.PastEndOfYear13 => $"past the end of Year 13 on {Show.Date(ClosedOn)}",
        PepCloseReason.CareTakenOverByAnotherAuthority => $"care taken over by another authority (E3) on {Show.Date(ClosedOn)}",
        _ => $"superseded by a newer PEP on {Show.Date(ClosedOn)}",
    };
}
