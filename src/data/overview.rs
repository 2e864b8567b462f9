//! Where each event sits on the timeline overview: a broken time axis and
//! stacking lanes, computed from the dates alone (no view, no browser).
//!
//! The axis is broken into four segments, each with its own scale, so the
//! crowded weeks of January 2026 get most of the width while the years of
//! backstory still read as years: 2016–19 (by year), June–December 2025 (by
//! month), January 2026 (by day, up to the analysis), and the pending talks
//! (no date, so no scale). The gaps between segments are drawn as breaks.
//! Positions are percentages of the strip's width, so the strip can be any
//! width; marks have a fixed size in pixels, so overlap is worked out at the
//! narrowest width the strip has (on a 320 px phone) and marks that do not
//! overlap there do not overlap on any wider screen.

use super::date::{EventDate, Ymd};

/// A mark's width, and the least distance between two marks in one lane (px).
pub const MARK_PX: f32 = 24.0;
/// The strip's width on the narrowest phone the page supports: 320 px less
/// the page's 1 rem margins and the strip's 12 px insets (half a mark).
pub const NARROWEST_STRIP_PX: f32 = 264.0;

/// How a mark is drawn: by shape and pattern, and named in the legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    Event,
    Background,
    Pending,
}

impl MarkKind {
    pub fn of(date: EventDate, background: bool) -> Self {
        if date.is_pending() {
            Self::Pending
        } else if background {
            Self::Background
        } else {
            Self::Event
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            Self::Event => "overview__mark",
            Self::Background => "overview__mark overview__mark--background",
            Self::Pending => "overview__mark overview__mark--pending",
        }
    }
}

/// One stretch of the broken axis: dates `[from, to)` drawn over `[start, end]` %.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    pub label: &'static str,
    pub note: &'static str,
    /// First day drawn; none for the pending talks.
    pub from: Option<Ymd>,
    /// The day after the last day drawn.
    pub to: Option<Ymd>,
    pub start: f32,
    pub end: f32,
}

/// The axis, left to right. Between segments lies a break (see [`breaks`]).
pub const SEGMENTS: [Segment; 4] = [
    Segment {
        label: "2016–19",
        note: "by year",
        from: Some((2016, 1, 1)),
        to: Some((2020, 1, 1)),
        start: 0.0,
        end: 16.0,
    },
    Segment {
        label: "2025",
        note: "by month",
        from: Some((2025, 6, 1)),
        to: Some((2026, 1, 1)),
        start: 21.0,
        end: 40.0,
    },
    Segment {
        label: "January 2026",
        note: "by day",
        from: Some((2026, 1, 1)),
        to: Some((2026, 1, 18)),
        start: 45.0,
        end: 86.0,
    },
    Segment {
        label: "Next",
        note: "no date",
        from: None,
        to: None,
        start: 91.0,
        end: 100.0,
    },
];

/// The four-day state visit, shaded on the axis.
pub const VISIT: (Ymd, Ymd) = ((2026, 1, 4), (2026, 1, 8));

/// The middle of each gap between segments, where the break is drawn (%).
pub fn breaks() -> Vec<f32> {
    SEGMENTS
        .windows(2)
        .map(|pair| (pair[0].end + pair[1].start) / 2.0)
        .collect()
}

/// Days since 1 March of year 0 (any fixed origin will do): a day number
/// whose differences count days.
pub fn day_number((year, month, day): Ymd) -> i32 {
    let (y, m) = if month <= 2 {
        (i32::from(year) - 1, i32::from(month) + 9)
    } else {
        (i32::from(year), i32::from(month) - 3)
    };
    365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + i32::from(day) - 1
}

/// Where a day (its middle if `middle`) falls on the axis, in %; none if
/// no dated segment holds it.
pub fn x_of_day(day: f32) -> Option<f32> {
    SEGMENTS.iter().find_map(|s| {
        let (from, to) = (day_number(s.from?) as f32, day_number(s.to?) as f32);
        (from..=to)
            .contains(&day)
            .then(|| s.start + (day - from) / (to - from) * (s.end - s.start))
    })
}

/// The nearest point of the dated axis to a day outside it (a date the axis
/// was not drawn for still gets a mark, at the edge of the nearest segment).
fn clamp_to_axis(day: f32) -> f32 {
    let mut best = (f32::INFINITY, 0.0);
    for s in SEGMENTS.iter().filter(|s| s.from.is_some()) {
        for (edge, x) in [(s.from, s.start), (s.to, s.end)] {
            let distance = (day_number(edge.unwrap_or_default()) as f32 - day).abs();
            if distance < best.0 {
                best = (distance, x);
            }
        }
    }
    best.1
}

/// A point of the axis for each date: a day at its middle, a year or a month
/// at the middle of its span, kept within its span and after the previous
/// mark (in data order) and before the next mark dated to the day, so marks
/// run in date order; vague dates the span cannot place sit midway between
/// their neighbours, and a run of one vague date shares one column (three
/// events of "January 2026" after 7 January and before 13 January stand
/// together at 10 January). Pending dates sit in the last segment.
pub fn positions(dates: &[EventDate]) -> Vec<f32> {
    let pending = {
        let s = SEGMENTS[SEGMENTS.len() - 1];
        (s.start + s.end) / 2.0
    };
    let span_x = |date: &EventDate| {
        date.span().map(|(first, last)| {
            let (a, b) = (day_number(first) as f32, day_number(last) as f32 + 1.0);
            let x = |d: f32| x_of_day(d).unwrap_or_else(|| clamp_to_axis(d));
            (x(a), x((a + b) / 2.0), x(b))
        })
    };
    let mut out: Vec<f32> = Vec::with_capacity(dates.len());
    for (i, date) in dates.iter().enumerate() {
        let previous = out.last().copied().unwrap_or(0.0);
        let x = match (date, span_x(date)) {
            (_, None) => pending,
            (EventDate::Day(..), Some((_, middle, _))) => middle,
            // Vague dates in a row that agree share a column.
            _ if i > 0 && dates[i - 1] == *date => previous,
            (_, Some((first, middle, last))) => {
                let next_day = dates[i + 1..]
                    .iter()
                    .find(|d| matches!(d, EventDate::Day(..)))
                    .and_then(|d| span_x(d).map(|(_, m, _)| m))
                    .unwrap_or(last);
                let (low, high) = (previous.max(first), next_day.min(last));
                if (low..=high).contains(&middle) {
                    middle
                } else if low <= high {
                    (low + high) / 2.0
                } else {
                    low
                }
            }
        };
        out.push(x.max(previous));
    }
    out
}

/// The least distance between two marks in one lane, in % of the strip.
pub fn min_gap() -> f32 {
    MARK_PX / NARROWEST_STRIP_PX * 100.0
}

/// A lane for each mark, lowest first: a mark goes in the lowest lane where
/// it clears the last mark by `gap`. Marks at one date stack like a column of
/// a histogram, so a busy week reads as a spike.
pub fn lanes(xs: &[f32], gap: f32) -> Vec<usize> {
    let mut ends: Vec<f32> = Vec::new();
    xs.iter()
        .map(|&x| {
            let lane = ends
                .iter()
                .position(|&end| x - end >= gap - 1e-4)
                .unwrap_or(ends.len());
            if lane == ends.len() {
                ends.push(x);
            } else {
                ends[lane] = x;
            }
            lane
        })
        .collect()
}

/// One mark: its event's index in the timeline, where it sits, and how it is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    pub event: usize,
    pub x: f32,
    pub lane: usize,
    pub kind: MarkKind,
}

/// The marks for events given as `(date, background)`, in timeline order.
pub fn layout(events: &[(EventDate, bool)]) -> Vec<Mark> {
    let dates: Vec<EventDate> = events.iter().map(|&(d, _)| d).collect();
    let xs = positions(&dates);
    let lanes = lanes(&xs, min_gap());
    events
        .iter()
        .enumerate()
        .map(|(event, &(date, background))| Mark {
            event,
            x: xs[event],
            lane: lanes[event],
            kind: MarkKind::of(date, background),
        })
        .collect()
}

/// A percentage of the strip as a class name: `at-3445` places a part at
/// `left: 34.45%`, `span-4100` makes it 41% wide.
///
/// Why classes and not `style` attributes: the page's Content-Security-Policy
/// allows inline styles only by hash, so every distinct `style` value would
/// cost one incompressible hash in the page's head (33 of them, 1.4 KB brotli).
/// The prerender writes the rules for the classes a page uses into one
/// `<style>` element instead (see [`Figure::stylesheet`]), which needs one.
pub fn at(x: f32) -> String {
    format!("at-{}", hundredths(x))
}

/// See [`at`].
pub fn span(width: f32) -> String {
    format!("span-{}", hundredths(width))
}

/// See [`at`]: a mark's lane (`lane-2` sets `--lane: 2`).
pub fn lane(lane: usize) -> String {
    format!("lane-{lane}")
}

/// See [`at`]: how many lanes the strip holds (`lanes-7` sets `--lanes: 7`).
pub fn lanes_class(lanes: usize) -> String {
    format!("lanes-{lanes}")
}

fn hundredths(percent: f32) -> u32 {
    (percent.clamp(0.0, 100.0) * 100.0).round() as u32
}

fn percent(hundredths: u32) -> String {
    format!("{}.{:02}%", hundredths / 100, hundredths % 100)
}

/// The whole overview for one timeline: the marks, and the axis drawn under
/// them. Computed once, for the view and for the rules that place it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figure {
    pub marks: Vec<Mark>,
    /// Lanes the tallest column needs (at least one).
    pub lanes: usize,
    /// Where the gaps between segments are drawn (%).
    pub breaks: Vec<f32>,
    /// The visit's days: start and width (%).
    pub visit: (f32, f32),
    /// The analysis's day, if the axis holds it (%).
    pub analysis: Option<f32>,
}

impl Figure {
    /// The figure for events given as `(date, background)`, in timeline
    /// order, and the analysis's date.
    pub fn new(events: &[(EventDate, bool)], published: EventDate) -> Self {
        let marks = layout(events);
        let lanes = marks.iter().map(|m| m.lane + 1).max().unwrap_or(1);
        let day_x = |d| x_of_day(day_number(d) as f32).unwrap_or_default();
        let (from, to) = (day_x(VISIT.0), day_x(VISIT.1));
        // The analysis's date as a "we are here" line: its verdicts are as
        // of that day, and the pending talks lie beyond it.
        let analysis = match published {
            EventDate::Day(y, m, d) => x_of_day(day_number((y, m, d)) as f32 + 0.5),
            _ => None,
        };
        Self {
            marks,
            lanes,
            breaks: breaks(),
            visit: (from, to - from),
            analysis,
        }
    }

    /// The CSS rules for every placing class the figure uses (see [`at`]),
    /// scoped to the overview, one per distinct value.
    pub fn stylesheet(&self) -> String {
        let mut lefts: Vec<f32> = self.marks.iter().map(|m| m.x).collect();
        lefts.extend(SEGMENTS.iter().map(|s| s.start));
        lefts.extend(&self.breaks);
        lefts.push(self.visit.0);
        lefts.extend(self.analysis);
        let mut widths: Vec<f32> = SEGMENTS.iter().map(|s| s.end - s.start).collect();
        widths.push(self.visit.1);
        let sorted = |values: Vec<f32>| {
            let mut h: Vec<u32> = values.into_iter().map(hundredths).collect();
            h.sort_unstable();
            h.dedup();
            h
        };
        let mut css = String::new();
        for h in sorted(lefts) {
            css += &format!(".overview .at-{h}{{left:{}}}", percent(h));
        }
        for h in sorted(widths) {
            css += &format!(".overview .span-{h}{{width:{}}}", percent(h));
        }
        for lane in 0..self.lanes {
            css += &format!(".overview .lane-{lane}{{--lane:{lane}}}");
        }
        css += &format!(".overview .lanes-{0}{{--lanes:{0}}}", self.lanes);
        css
    }
}

/// The stretch of the story an event belongs to: the timeline's list is
/// grouped under a heading for each, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// Dated on the axis's first segment (2016–19): the years before Lee.
    Backstory,
    /// From Lee's time in office up to the day before the visit.
    BeforeVisit,
    /// The four days of [`VISIT`].
    Visit,
    /// After the visit: its aftermath and the analysis itself.
    AfterVisit,
    /// No date yet.
    StillToCome,
}

impl Phase {
    pub const ALL: [Phase; 5] = [
        Phase::Backstory,
        Phase::BeforeVisit,
        Phase::Visit,
        Phase::AfterVisit,
        Phase::StillToCome,
    ];

    /// The group's heading. The visit's days are those of [`VISIT`].
    pub fn heading(self) -> &'static str {
        match self {
            Phase::Backstory => "Backstory",
            Phase::BeforeVisit => "Before the visit",
            Phase::Visit => "The visit, 4–7 January 2026",
            Phase::AfterVisit => "After the visit",
            Phase::StillToCome => "Still to come",
        }
    }
}

/// The phase of each event, from its date and its place in the (date-ordered)
/// timeline; no date is assumed that the data does not give.
///
/// A date known to the day (or a year or month wholly on one side of the
/// visit) decides by itself. A vague date that overlaps the visit ("January
/// 2026") counts as the visit only when the list puts it between two events
/// dated within the visit; before the first of them it is before the visit,
/// after the last one it is after. Phases never go backwards along the list,
/// so each is one unbroken run under one heading.
pub fn phases(dates: &[EventDate]) -> Vec<Phase> {
    // `VISIT.1` is the day after the visit; `Ymd` tuples order as dates do.
    let (visit_starts, visit_ends) = VISIT;
    let backstory_ends = SEGMENTS[0].to.unwrap_or_default();
    let within_visit = |d: &EventDate| {
        d.span()
            .is_some_and(|(a, b)| a >= visit_starts && b < visit_ends)
    };
    let first_in_visit = dates.iter().position(within_visit);
    let last_in_visit = dates.iter().rposition(within_visit);
    let mut previous = Phase::Backstory;
    dates
        .iter()
        .enumerate()
        .map(|(i, date)| {
            let phase = match date.span() {
                None => Phase::StillToCome,
                Some((_, last)) if last < backstory_ends => Phase::Backstory,
                Some((_, last)) if last < visit_starts => Phase::BeforeVisit,
                Some((first, _)) if first >= visit_ends => Phase::AfterVisit,
                Some(_) if within_visit(date) => Phase::Visit,
                // Vague, overlapping the visit: placed by its neighbours.
                Some(_) => match (first_in_visit, last_in_visit) {
                    (Some(first), Some(last)) if first < i && i < last => Phase::Visit,
                    (Some(first), _) if i < first => Phase::BeforeVisit,
                    (None, _) => Phase::BeforeVisit,
                    _ => Phase::AfterVisit,
                },
            };
            previous = previous.max(phase);
            previous
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: u16, m: u8, d: u8) -> EventDate {
        EventDate::Day(y, m, d)
    }

    #[test]
    fn day_numbers_count_days() {
        assert_eq!(day_number((2026, 1, 1)) - day_number((2025, 12, 31)), 1);
        assert_eq!(day_number((2024, 3, 1)) - day_number((2024, 2, 28)), 2);
        assert_eq!(day_number((2020, 1, 1)) - day_number((2016, 1, 1)), 1461);
    }

    #[test]
    fn segments_run_left_to_right_with_gaps() {
        for pair in SEGMENTS.windows(2) {
            assert!(pair[0].start < pair[0].end);
            assert!(pair[0].end < pair[1].start, "{pair:?}");
        }
        assert_eq!(SEGMENTS[0].start, 0.0);
        assert_eq!(SEGMENTS[3].end, 100.0);
        assert_eq!(breaks().len(), 3);
    }

    #[test]
    fn january_gets_more_room_per_day_than_the_backstory() {
        let per_day = |a: Ymd, b: Ymd| {
            (x_of_day(day_number(b) as f32).unwrap() - x_of_day(day_number(a) as f32).unwrap())
                / (day_number(b) - day_number(a)) as f32
        };
        let january = per_day((2026, 1, 4), (2026, 1, 7));
        assert!(january > 20.0 * per_day((2025, 6, 1), (2025, 12, 1)));
        assert!(january > 150.0 * per_day((2016, 1, 1), (2019, 12, 1)));
        // A day in January is at least a quarter of a mark wide on a phone.
        assert!(january * NARROWEST_STRIP_PX / 100.0 > MARK_PX / 4.0);
    }

    #[test]
    fn vague_dates_stay_in_order_and_in_their_span() {
        let dates = [
            day(2026, 1, 7),
            EventDate::Month(2026, 1),
            EventDate::Month(2026, 1),
            day(2026, 1, 13),
            EventDate::Pending,
        ];
        let xs = positions(&dates);
        assert!(xs.windows(2).all(|w| w[0] <= w[1]), "{xs:?}");
        let january = SEGMENTS[2];
        assert!(
            xs[1] > xs[0] && xs[2] < xs[3],
            "between 7 and 13 January: {xs:?}"
        );
        assert_eq!(xs[1], xs[2], "one vague date, one column");
        assert!(xs[1] >= january.start && xs[2] <= january.end);
        assert!(xs[4] >= SEGMENTS[3].start, "pending is in the last segment");
    }

    #[test]
    fn a_year_sits_in_its_year() {
        let xs = positions(&[EventDate::Year(2016), EventDate::Year(2019)]);
        let x2017 = x_of_day(day_number((2017, 1, 1)) as f32).unwrap();
        let x2019 = x_of_day(day_number((2019, 1, 1)) as f32).unwrap();
        assert!(xs[0] < x2017 && xs[1] > x2019, "{xs:?}");
    }

    #[test]
    fn dates_off_the_axis_still_get_a_point_on_it() {
        let xs = positions(&[EventDate::Year(2022), day(2026, 3, 1)]);
        assert!(xs.iter().all(|x| (0.0..=100.0).contains(x)), "{xs:?}");
    }

    #[test]
    fn lanes_stack_marks_that_would_touch() {
        assert_eq!(lanes(&[0.0, 0.0, 0.0, 20.0], 10.0), vec![0, 1, 2, 0]);
        assert_eq!(lanes(&[0.0, 5.0, 10.0, 12.0], 10.0), vec![0, 1, 0, 2]);
        assert_eq!(lanes(&[], 10.0), Vec::<usize>::new());
    }

    #[test]
    fn kinds_follow_date_and_background() {
        assert_eq!(MarkKind::of(EventDate::Pending, false), MarkKind::Pending);
        assert_eq!(
            MarkKind::of(EventDate::Year(2016), true),
            MarkKind::Background
        );
        assert_eq!(MarkKind::of(day(2026, 1, 4), false), MarkKind::Event);
    }

    #[test]
    fn phases_follow_the_dates_and_the_visit() {
        use Phase::*;
        let month = EventDate::Month(2026, 1);
        let dates = [
            EventDate::Year(2016),
            EventDate::Year(2019),
            EventDate::Month(2025, 6),
            day(2026, 1, 2),
            day(2026, 1, 4),
            month, // between two days of the visit: the visit
            day(2026, 1, 7),
            month, // after the visit's last day: after
            day(2026, 1, 8),
            EventDate::Pending,
        ];
        assert_eq!(
            phases(&dates),
            [
                Backstory,
                Backstory,
                BeforeVisit,
                BeforeVisit,
                Visit,
                Visit,
                Visit,
                AfterVisit,
                AfterVisit,
                StillToCome
            ]
        );
    }

    #[test]
    fn a_vague_date_before_the_visit_days_is_before_the_visit() {
        use Phase::*;
        let month = EventDate::Month(2026, 1);
        assert_eq!(
            phases(&[month, day(2026, 1, 5), EventDate::Pending]),
            [BeforeVisit, Visit, StillToCome]
        );
        // No day of the visit in the list: a vague January cannot be placed in it.
        assert_eq!(phases(&[month]), [BeforeVisit]);
        assert_eq!(phases(&[]), Vec::<Phase>::new());
    }

    #[test]
    fn phases_never_go_back() {
        // Out of order (the data's validation forbids it): still one run each.
        use Phase::*;
        assert_eq!(
            phases(&[day(2026, 1, 9), EventDate::Year(2016), day(2026, 1, 5)]),
            [AfterVisit, AfterVisit, AfterVisit]
        );
    }

    #[test]
    fn the_visit_heading_names_the_visit_days() {
        let ((y, m, first), after) = VISIT;
        let last = after.2 - 1;
        assert_eq!(after, (y, m, last + 1), "the visit ends within its month");
        let expected = format!("The visit, {first}–{last} January {y}");
        assert_eq!(m, 1);
        assert_eq!(Phase::Visit.heading(), expected);
        let headings: Vec<_> = Phase::ALL.iter().map(|p| p.heading()).collect();
        assert!(Phase::ALL.windows(2).all(|w| w[0] < w[1]), "{headings:?}");
    }
}
