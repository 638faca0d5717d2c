/// Fitting a horizontal bar chart's value axis so the value labels stay inside the chart.
extension ValueAxis {
    /// A horizontal linear axis from zero over `values`, and its scale, fitted over up to four
    /// passes.
    ///
    /// Each pass spans the axis from `plotLeft + negativePad` to `width - reserve` (at least
    /// 40 px) and asks `shortfall` how far the value labels then run past the right edge; a
    /// positive answer widens `reserve` by that much plus 1 px for the next pass.
    static func fittedBars(
        values: [Double], unit: ChartUnit, plotLeft: Double, negativePad: Double,
        width: Double, reserve: Double, fontSize: Double,
        shortfall: (LinearScale) -> Double
    ) -> (axis: ValueAxis, scale: LinearScale) {
        var reserve = reserve
        var pass = 1
        while true {
            let plotRight = max(plotLeft + negativePad + 40, width - reserve)
            let axis = ValueAxis.linear(
                dataMin: values.min() ?? 0, dataMax: values.max() ?? 0, includeZero: true,
                unit: unit, length: plotRight - plotLeft - negativePad, pxPerTick: 80,
                fontSize: fontSize, horizontal: true)
            let scale = LinearScale(
                d0: axis.lo, d1: axis.hi, r0: plotLeft + negativePad, r1: plotRight)
            let missing = shortfall(scale)
            if missing <= 0 || pass == 4 { return (axis, scale) }
            reserve += missing + 1
            pass += 1
        }
    }
}
