using System.Globalization;
using System.Text;
using Lotse.Search.Lunr;

namespace Lotse.Search.Tests;

/// <summary>
/// JsonText writes scores, which lunr rounds to thousandths, without general double formatting: for every
/// k / 1000 below the limit the short way must give exactly the shortest round-trip form ("R") that it
/// replaces (which is what JSON.stringify writes; the differential tests compare that with node).
/// </summary>
public class JsonNumberTests
{
    [Fact]
    public void Every_thousandth_below_the_limit_is_written_as_its_shortest_round_trip_form()
    {
        var limit = (int)(JsonText.ThousandthsLimit * 1000);
        var output = new StringBuilder(32);
        var mismatches = new List<string>();
        for (var k = 1; k < limit; k++)
        {
            if (k % 1000 == 0)
            {
                continue;
            }
            var value = JavaScriptText.RoundToThousandths(k / 1000.0);
            output.Clear();
            JsonText.TryWriteThousandths(output, value).ShouldBeTrue();
            var expected = value.ToString("R", CultureInfo.InvariantCulture);
            if (output.ToString() != expected && mismatches.Count < 10)
            {
                mismatches.Add($"{k}: {output} instead of {expected}");
            }
        }
        mismatches.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0.1 + 0.2)]
    [InlineData(1.0 / 3)]
    [InlineData(12345.678)]
    [InlineData(-0.5)]
    [InlineData(1e-7)]
    public void Other_doubles_take_the_general_way(double value)
    {
        JsonText.TryWriteThousandths(new StringBuilder(), value).ShouldBeFalse();
        var output = new StringBuilder();
        JsonText.WriteNumber(output, value);
        output.ToString().ShouldBe(value.ToString("R", CultureInfo.InvariantCulture));
    }
}
