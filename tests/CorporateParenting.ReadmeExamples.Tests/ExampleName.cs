using Xunit.Abstractions;

namespace CorporateParenting.ReadmeExamples.Tests;

/// <summary>
/// A test case's argument, shown whole in its name: <c>services/Notifications/README.md example 3 (line 58)</c>.
/// (xUnit cuts string arguments to 50 characters, which would cut off the line a failure points at.)
/// </summary>
public sealed class ExampleName : IXunitSerializable
{
    public ExampleName()
    {
    }

    public ExampleName(string value) => Value = value;

    public string Value { get; private set; } = "";

    public void Deserialize(IXunitSerializationInfo info) => Value = info.GetValue<string>(nameof(Value));

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Value), Value);

    public override string ToString() => Value;
}
