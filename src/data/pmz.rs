//! The Provisional Measures Zone of the Yellow Sea, from the treaty text, and
//! the projection the Yellow Sea map is drawn in.
//!
//! Source of the corner points: Article 7(1) of the Agreement on Fisheries
//! between the Government of the Republic of Korea and the Government of the
//! People's Republic of China (signed in Beijing on 3 August 2000, in force
//! since 30 June 2001). Paragraph 1 lists 17 points, A1 to A17, "joined in
//! order by straight lines"; A17 repeats A1, so the zone has 16 corners.
//! Checked against the agreement's Chinese text (中华人民共和国政府和大韩民国政府
//! 渔业协定, 第七条第一款) as reproduced at
//! <http://fsou.com/html/text/eag/1006639/100663991_1.html>, which gives every
//! point in degrees, minutes and seconds as copied below.
//!
//! Chinese structures in the zone (the aquaculture cages Shenlan 1 and 2 and a
//! converted oil rig used as a management platform) are not placed on the map:
//! the only published position found ("near latitude 35 degrees north and
//! longitude 122 degrees east", at the zone's western end; Chosun Biz,
//! 13 June 2025, citing NaraSpace's analysis of Maxar imagery) comes from one
//! newspaper group (Chosun Ilbo, 21 April 2025, says "the western edge of the
//! PMZ"), not from two independent reports. The map's caption names them.

use std::fmt::Write as _;

use super::yellow_sea_map::{LAT0, LAT_MAX, LON_MIN, SCALE};

/// An angle in degrees, minutes and seconds, as the treaty writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dms {
    pub deg: u16,
    pub min: u8,
    pub sec: u8,
}

impl Dms {
    pub const fn new(deg: u16, min: u8, sec: u8) -> Self {
        Self { deg, min, sec }
    }

    pub fn degrees(self) -> f64 {
        dms_to_degrees(self.deg, self.min, self.sec)
    }
}

/// Degrees, minutes and seconds as decimal degrees. Minutes and seconds must
/// be below 60.
pub fn dms_to_degrees(deg: u16, min: u8, sec: u8) -> f64 {
    assert!(min < 60 && sec < 60, "{deg}°{min}'{sec}\" is not an angle");
    f64::from(deg) + f64::from(min) / 60.0 + f64::from(sec) / 3600.0
}

/// A point of Article 7(1): north latitude, east longitude.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Corner {
    pub label: &'static str,
    pub lat: Dms,
    pub lon: Dms,
}

const fn corner(label: &'static str, lat: (u16, u8, u8), lon: (u16, u8, u8)) -> Corner {
    Corner {
        label,
        lat: Dms::new(lat.0, lat.1, lat.2),
        lon: Dms::new(lon.0, lon.1, lon.2),
    }
}

/// Article 7(1), points A1 to A17, in the treaty's order (A17 = A1).
pub const ARTICLE_7_1: [Corner; 17] = [
    corner("A1", (37, 0, 0), (123, 40, 0)),
    corner("A2", (36, 22, 23), (123, 10, 52)),
    corner("A3", (35, 30, 0), (122, 11, 54)),
    corner("A4", (35, 30, 0), (122, 1, 54)),
    corner("A5", (34, 0, 0), (122, 1, 54)),
    corner("A6", (34, 0, 0), (122, 11, 54)),
    corner("A7", (33, 20, 0), (122, 41, 0)),
    corner("A8", (32, 20, 0), (123, 45, 0)),
    corner("A9", (32, 11, 0), (123, 49, 30)),
    corner("A10", (32, 11, 0), (125, 25, 0)),
    corner("A11", (33, 20, 0), (124, 8, 0)),
    corner("A12", (34, 0, 0), (124, 0, 30)),
    corner("A13", (35, 0, 0), (124, 7, 30)),
    corner("A14", (35, 30, 0), (124, 30, 0)),
    corner("A15", (36, 45, 0), (124, 30, 0)),
    corner("A16", (37, 0, 0), (124, 20, 0)),
    corner("A17", (37, 0, 0), (123, 40, 0)),
];

/// The zone as (longitude, latitude) in decimal degrees, A1 to A17: a closed ring.
pub fn zone_lon_lat() -> Vec<(f64, f64)> {
    ARTICLE_7_1
        .iter()
        .map(|c| (c.lon.degrees(), c.lat.degrees()))
        .collect()
}

/// The map's projection (the same as `.ci/map/generate.mjs`): equirectangular,
/// x scaled by the cosine of the central latitude, in map units.
pub fn project(lon: f64, lat: f64) -> (f64, f64) {
    let x = (lon - LON_MIN) * LAT0.to_radians().cos() * SCALE;
    let y = (LAT_MAX - lat) * SCALE;
    (x, y)
}

/// The zone's corners projected onto the map, A1 to A17.
pub fn zone_points() -> Vec<(f64, f64)> {
    zone_lon_lat()
        .into_iter()
        .map(|(lon, lat)| project(lon, lat))
        .collect()
}

/// The zone as SVG path data, one decimal: A1 to A16, then `Z` back to A1
/// (the treaty's A17).
pub fn zone_path() -> String {
    let points = zone_points();
    let (last, corners) = points.split_last().expect("the zone has points");
    debug_assert_eq!(Some(last), corners.first(), "A17 closes the ring");
    let mut d = String::new();
    for (i, (x, y)) in corners.iter().enumerate() {
        let _ = write!(d, "{}{x:.1} {y:.1}", if i == 0 { 'M' } else { 'L' });
    }
    d.push('Z');
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dms_to_degrees_known_values() {
        assert_eq!(dms_to_degrees(37, 0, 0), 37.0);
        assert_eq!(dms_to_degrees(124, 30, 0), 124.5);
        assert_eq!(dms_to_degrees(0, 0, 36), 0.01);
        assert!((dms_to_degrees(36, 22, 23) - 36.373_055_6).abs() < 1e-6);
        assert!((dms_to_degrees(122, 1, 54) - 122.031_666_7).abs() < 1e-6);
        assert!((dms_to_degrees(123, 49, 30) - 123.825).abs() < 1e-9);
    }

    #[test]
    #[should_panic(expected = "is not an angle")]
    fn dms_to_degrees_rejects_sixty_minutes() {
        dms_to_degrees(35, 60, 0);
    }

    #[test]
    fn projection_maps_the_frame_corners() {
        assert_eq!(project(LON_MIN, LAT_MAX), (0.0, 0.0));
        let (_, y) = project(125.0, LAT_MAX - 1.0);
        assert_eq!(y, SCALE);
    }

    #[test]
    fn zone_path_has_sixteen_corners_and_closes() {
        let d = zone_path();
        assert!(d.starts_with('M') && d.ends_with('Z'), "{d}");
        assert_eq!(d.matches('L').count(), 15, "{d}");
    }
}
