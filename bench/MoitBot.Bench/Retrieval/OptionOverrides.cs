using System.ComponentModel;
using System.Globalization;

namespace MoitBot.Bench.Retrieval;

/// <summary>Applies "Name=Value" overrides to an options object, for tuning runs without rebuilding.</summary>
internal static class OptionOverrides
{
    public static Dictionary<string, string> Apply(object options, IEnumerable<string> overrides)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in overrides)
        {
            var split = pair.Split('=', 2);
            var property = options.GetType().GetProperty(split[0])
                ?? throw new ArgumentException($"{options.GetType().Name} has no property '{split[0]}'.", nameof(overrides));
            if (split.Length != 2)
            {
                throw new ArgumentException($"Expected Name=Value, got '{pair}'.", nameof(overrides));
            }

            var converter = TypeDescriptor.GetConverter(property.PropertyType);
            property.SetValue(options, converter.ConvertFromString(null, CultureInfo.InvariantCulture, split[1]));
            applied[property.Name] = split[1];
        }

        return applied;
    }
}
