namespace Lotse.Site;

/// <summary>Marks a type of a feature that other features may use (its contract); everything else of a feature is its
/// own. The architecture tests fail when a feature uses another feature's type without this mark.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Enum, Inherited = false)]
public sealed class FeatureContractAttribute : Attribute
{
}
