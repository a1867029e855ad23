namespace CorporateParenting.ServiceDefaults.Validation;

/// <summary>What a text field may hold; docs/input.md has the table of which field is which kind.</summary>
public enum TextKind
{
    /// <summary>One line of text: no control characters (NUL, BEL, ESC, line breaks…) and no bidirectional overrides.</summary>
    Line,

    /// <summary>Free text of several lines: as <see cref="Line"/>, but line breaks and tabs are allowed.</summary>
    Paragraphs,

    /// <summary>A person's name: letters (any script), accents, digits ("Baby 1"), spaces, hyphens, apostrophes and full stops.</summary>
    PersonName,

    /// <summary>An identifier another system made (request ids, case references): printable ASCII without spaces.</summary>
    Reference,
}
