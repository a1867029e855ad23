using CorporateParenting.CodeLists;

namespace Placements.Domain;

public sealed partial class CareHistory
{
    private static void CheckReasonForChange(string? reasonForChange, Episode current)
    {
        if (current.Placement.IsTemporary)
        {
            if (reasonForChange is not null)
            {
                throw new CareRuleViolation(
                    $"Leave the reason for placement change blank when the child leaves a temporary placement ({current.Placement.Type}) (rule 226).");
            }

            return;
        }

        if (reasonForChange is null)
        {
            throw new CareRuleViolation($"Give the reason the {current.Placement.Type} placement ended (REASON_PLACE_CHANGE, e.g. CARPL).");
        }

        if (!ReasonForPlacementChange.All.Contains(reasonForChange))
        {
            throw new CareRuleViolation($"'{reasonForChange}' is not an SSDA903 reason for placement change.");
        }
    }

    private static void CheckNewLegalStatus(string legalStatus, Episode current)
    {
        CheckLegalStatus(legalStatus);
        if (legalStatus == current.LegalStatus)
        {
            throw new CareRuleViolation($"The legal status is already {legalStatus}; a legal status change needs a different status (rules 431–436).");
        }
    }

    private static void CheckLegalStatus(string legalStatus)
    {
        if (!Ssda903Codes.LegalStatus.Contains(legalStatus))
        {
            throw new CareRuleViolation($"'{legalStatus}' is not an SSDA903 legal status (LS).");
        }
    }

    private static void CheckCategoryOfNeed(string categoryOfNeed)
    {
        if (!Ssda903Codes.CategoryOfNeed.Contains(categoryOfNeed))
        {
            throw new CareRuleViolation($"'{categoryOfNeed}' is not an SSDA903 category of need (CIN).");
        }
    }
}
