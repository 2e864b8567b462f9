//! Colour that everyone can read: the tokens of `style/base.css`, light and
//! dark, checked for contrast (WCAG 2.2, 1.4.3 and 1.4.11) and for verdict
//! colours that stay apart under colour-vision deficiency.
//!
//! Plain f64 maths, no crates: sRGB to linear RGB and CIE L*a*b* (D65),
//! the CIEDE2000 colour difference (Sharma, Wu & Dalal 2005), and the
//! Machado, Oliveira & Fernandes (2009) simulation of protanopia,
//! deuteranopia and tritanopia at severity 1.0, applied in linear RGB.
//!
//! Why ΔE2000 ≥ 18 between every pair of verdict colours: ΔE2000 ≈ 1 is a
//! just-noticeable difference for large patches side by side; the badges,
//! bar parts and filter borders are small marks, often read apart from each
//! other, and need many times that to be told apart at a glance. 20 was the
//! aim, but five colours that must each keep 4.5:1 on the page span only
//! about 35 L* units (light: L* ≲ 46; dark: L* ≳ 64), and under each
//! dichromacy they collapse onto one plane. A numerical search over sRGB
//! under these contrast limits, with hues that fit the meanings (achieved
//! blue-green, partly achieved ochre, not achieved red) and every verdict at
//! least ΔE2000 15 from body text, found no light palette above about 19.2
//! (dark reaches 20.3). 18 keeps every pair clearly apart with a small margin.
//! Colour is never alone: every verdict also shows its symbol and its word,
//! so the palette has to keep the kinds apart, not name them.
//!
//! The focus ring must not look like a verdict (a focused card should not
//! read as "not achieved"): ΔE2000 ≥ 20 from every verdict colour.

#![cfg(not(target_arch = "wasm32"))]

use china_rok_explainer::data::Verdict;
use std::collections::HashMap;

/// Minimum CIEDE2000 between any two verdict colours, in every vision.
const VERDICT_DELTA_E: f64 = 18.0;
/// Minimum CIEDE2000 between the focus colour and any verdict colour.
const FOCUS_DELTA_E: f64 = 20.0;
/// Minimum L* step between verdicts that follow one another in `Verdict::ALL`.
const LIGHTNESS_STEP: f64 = 3.0;
/// WCAG 2.2: text (1.4.3) and non-text (1.4.11) contrast.
const TEXT_CONTRAST: f64 = 4.5;
const UI_CONTRAST: f64 = 3.0;

/// Backgrounds the verdicts and text sit on: the page, cards, sunk panels and
/// the "linked to your selection" highlight (goal cards with their badges),
/// and popovers.
const BACKGROUNDS: [&str; 5] = ["bg", "surface", "surface-sunk", "related", "surface-raised"];
/// Text tokens, besides the verdicts.
const TEXT_TOKENS: [&str; 4] = ["text", "muted", "accent", "related-rule"];
/// Tokens drawn as parts of controls or as state indicators, besides the
/// verdicts: the focus ring, pressed fills, control borders and the bar of
/// the selection highlight. (`--rule` is decorative: hairlines between
/// regions and around cards, never the only edge of a control.)
const UI_TOKENS: [&str; 4] = ["focus", "accent", "control", "related-rule"];

// ---------------------------------------------------------------- parsing

type Tokens = HashMap<String, Rgb>;

fn base_css() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/style/base.css");
    std::fs::read_to_string(path).expect("style/base.css is readable")
}

/// Every `--name: #hex;` declaration of a block of CSS.
fn hex_tokens(css: &str) -> Tokens {
    let mut tokens = HashMap::new();
    for line in css.lines() {
        let line = line.trim();
        let Some(rest) = line.strip_prefix("--") else {
            continue;
        };
        let Some((name, value)) = rest.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_end_matches(';').trim();
        if let Some(rgb) = Rgb::from_hex(value) {
            tokens.insert(name.trim().to_string(), rgb);
        }
    }
    tokens
}

/// The light tokens (the first `:root`) and the dark ones (light, overridden
/// by the `:root` inside `@media (prefers-color-scheme: dark)`).
fn themes() -> [(&'static str, Tokens); 2] {
    let css = base_css();
    let (light_css, rest) = css
        .split_once("@media (prefers-color-scheme: dark)")
        .expect("base.css has a dark-mode block");
    let dark_block = &rest[..rest.find("\n}\n").expect("the dark-mode block ends")];
    let light = hex_tokens(light_css);
    let mut dark = light.clone();
    dark.extend(hex_tokens(dark_block));
    [("light", light), ("dark", dark)]
}

fn token(tokens: &Tokens, name: &str) -> Rgb {
    *tokens
        .get(name)
        .unwrap_or_else(|| panic!("base.css defines --{name} as a hex colour"))
}

fn verdicts(tokens: &Tokens) -> Vec<(&'static str, Rgb)> {
    Verdict::ALL
        .into_iter()
        .map(|v| (v.slug(), token(tokens, v.slug())))
        .collect()
}

// ---------------------------------------------------------------- colour maths

#[derive(Clone, Copy, Debug, PartialEq)]
struct Rgb([f64; 3]); // linear RGB, 0..=1

impl Rgb {
    fn from_hex(hex: &str) -> Option<Rgb> {
        let hex = hex.strip_prefix('#')?;
        let digits: Vec<u8> = match hex.len() {
            3 => hex
                .chars()
                .map(|c| u8::from_str_radix(&format!("{c}{c}"), 16))
                .collect::<Result<_, _>>()
                .ok()?,
            6 => (0..3)
                .map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16))
                .collect::<Result<_, _>>()
                .ok()?,
            _ => return None,
        };
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        Some(Rgb([lin(digits[0]), lin(digits[1]), lin(digits[2])]))
    }

    /// WCAG relative luminance.
    fn luminance(self) -> f64 {
        let [r, g, b] = self.0;
        0.2126 * r + 0.7152 * g + 0.0722 * b
    }

    fn lab(self) -> Lab {
        let [r, g, b] = self.0;
        let x = 0.412_456_4 * r + 0.357_576_1 * g + 0.180_437_5 * b;
        let y = 0.212_672_9 * r + 0.715_152_2 * g + 0.072_175_0 * b;
        let z = 0.019_333_9 * r + 0.119_192_0 * g + 0.950_304_1 * b;
        let f = |t: f64| {
            if t > 216.0 / 24389.0 {
                t.cbrt()
            } else {
                (24389.0 / 27.0 * t + 16.0) / 116.0
            }
        };
        let (fx, fy, fz) = (f(x / 0.950_47), f(y), f(z / 1.088_83));
        Lab(116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz))
    }

    fn seen_by(self, vision: Vision) -> Rgb {
        let Some(m) = vision.matrix() else {
            return self;
        };
        let v = self.0;
        let row = |r: [f64; 3]| (r[0] * v[0] + r[1] * v[1] + r[2] * v[2]).clamp(0.0, 1.0);
        Rgb([row(m[0]), row(m[1]), row(m[2])])
    }
}

#[derive(Clone, Copy, Debug)]
struct Lab(f64, f64, f64);

fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// CIEDE2000 (kL = kC = kH = 1), as written out by Sharma, Wu & Dalal (2005).
fn delta_e_2000(p: Lab, q: Lab) -> f64 {
    let Lab(l1, a1, b1) = p;
    let Lab(l2, a2, b2) = q;
    let c_bar = (a1.hypot(b1) + a2.hypot(b2)) / 2.0;
    let pow25_7 = 25f64.powi(7);
    let g = 0.5 * (1.0 - (c_bar.powi(7) / (c_bar.powi(7) + pow25_7)).sqrt());
    let (a1p, a2p) = ((1.0 + g) * a1, (1.0 + g) * a2);
    let (c1p, c2p) = (a1p.hypot(b1), a2p.hypot(b2));
    let hue = |b: f64, a: f64| {
        if a == 0.0 && b == 0.0 {
            0.0
        } else {
            b.atan2(a).to_degrees().rem_euclid(360.0)
        }
    };
    let (h1p, h2p) = (hue(b1, a1p), hue(b2, a2p));
    let dl = l2 - l1;
    let dc = c2p - c1p;
    let dh = if c1p * c2p == 0.0 {
        0.0
    } else if (h2p - h1p).abs() <= 180.0 {
        h2p - h1p
    } else if h2p - h1p > 180.0 {
        h2p - h1p - 360.0
    } else {
        h2p - h1p + 360.0
    };
    let d_big_h = 2.0 * (c1p * c2p).sqrt() * (dh / 2.0).to_radians().sin();
    let l_bar = (l1 + l2) / 2.0;
    let cp_bar = (c1p + c2p) / 2.0;
    let h_bar = if c1p * c2p == 0.0 {
        h1p + h2p
    } else if (h1p - h2p).abs() <= 180.0 {
        (h1p + h2p) / 2.0
    } else if h1p + h2p < 360.0 {
        (h1p + h2p + 360.0) / 2.0
    } else {
        (h1p + h2p - 360.0) / 2.0
    };
    let cos = |deg: f64| deg.to_radians().cos();
    let t =
        1.0 - 0.17 * cos(h_bar - 30.0) + 0.24 * cos(2.0 * h_bar) + 0.32 * cos(3.0 * h_bar + 6.0)
            - 0.20 * cos(4.0 * h_bar - 63.0);
    let d_theta = 30.0 * (-((h_bar - 275.0) / 25.0).powi(2)).exp();
    let r_c = 2.0 * (cp_bar.powi(7) / (cp_bar.powi(7) + pow25_7)).sqrt();
    let s_l = 1.0 + 0.015 * (l_bar - 50.0).powi(2) / (20.0 + (l_bar - 50.0).powi(2)).sqrt();
    let s_c = 1.0 + 0.045 * cp_bar;
    let s_h = 1.0 + 0.015 * cp_bar * t;
    let r_t = -(2.0 * d_theta).to_radians().sin() * r_c;
    let (x, y, z) = (dl / s_l, dc / s_c, d_big_h / s_h);
    (x * x + y * y + z * z + r_t * y * z).sqrt()
}

#[derive(Clone, Copy, Debug)]
enum Vision {
    Normal,
    Protanopia,
    Deuteranopia,
    Tritanopia,
}

const VISIONS: [Vision; 4] = [
    Vision::Normal,
    Vision::Protanopia,
    Vision::Deuteranopia,
    Vision::Tritanopia,
];

impl Vision {
    /// Machado, Oliveira & Fernandes (2009), severity 1.0, for linear RGB.
    fn matrix(self) -> Option<[[f64; 3]; 3]> {
        match self {
            Vision::Normal => None,
            Vision::Protanopia => Some([
                [0.152_286, 1.052_583, -0.204_868],
                [0.114_503, 0.786_281, 0.099_216],
                [-0.003_882, -0.048_116, 1.051_998],
            ]),
            Vision::Deuteranopia => Some([
                [0.367_322, 0.860_646, -0.227_968],
                [0.280_085, 0.672_501, 0.047_413],
                [-0.011_820, 0.042_940, 0.968_881],
            ]),
            Vision::Tritanopia => Some([
                [1.255_528, -0.076_749, -0.178_779],
                [-0.078_411, 0.930_809, 0.147_602],
                [0.004_733, 0.691_367, 0.303_900],
            ]),
        }
    }
}

fn hex(s: &str) -> Rgb {
    Rgb::from_hex(s).expect("a hex colour")
}

// ---------------------------------------------------------------- the maths itself

/// Rows of the CIEDE2000 test data of Sharma, Wu & Dalal (2005), Table 1:
/// (L1, a1, b1), (L2, a2, b2), ΔE00.
#[test]
fn ciede2000_matches_published_test_data() {
    let rows = [
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 3.1571, -77.2803), (50.0, 0.0, -82.7485), 2.8615),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.49, -0.001), (50.0, -2.49, 0.0011), 7.2195),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((50.0, 2.5, 0.0), (50.0, 3.1736, 0.5854), 1.0),
        (
            (60.2574, -34.0099, 36.2677),
            (60.4626, -34.1751, 39.4387),
            1.2644,
        ),
        (
            (22.7233, 20.0904, -46.694),
            (23.0331, 14.973, -42.5619),
            2.0373,
        ),
        (
            (90.8027, -2.0831, 1.441),
            (91.1528, -1.6435, 0.0447),
            1.4441,
        ),
        ((2.0776, 0.0795, -1.135), (0.9033, -0.0636, -0.5514), 0.9082),
    ];
    for (p, q, expected) in rows {
        let (p, q) = (Lab(p.0, p.1, p.2), Lab(q.0, q.1, q.2));
        for (x, y) in [(p, q), (q, p)] {
            let got = delta_e_2000(x, y);
            assert!(
                (got - expected).abs() < 5e-5,
                "ΔE00 {x:?} → {y:?} = {got:.4}, published {expected}"
            );
        }
    }
}

#[test]
fn contrast_ratio_matches_known_values() {
    let cases = [
        ("#777", "#fff", 4.48),
        ("#000000", "#ffffff", 21.0),
        ("#767676", "#ffffff", 4.54),
        ("#595959", "#ffffff", 7.0),
        ("#ffffff", "#ffffff", 1.0),
    ];
    for (a, b, expected) in cases {
        let got = contrast(hex(a), hex(b));
        assert!(
            (got - expected).abs() < 0.005,
            "contrast {a} on {b} = {got:.3}, expected {expected}"
        );
    }
}

#[test]
fn lab_and_simulation_match_known_values() {
    // sRGB red in CIELAB (D65).
    let Lab(l, a, b) = hex("#ff0000").lab();
    assert!((l - 53.24).abs() < 0.01 && (a - 80.09).abs() < 0.02 && (b - 67.20).abs() < 0.02);
    // The classic confusion: red and green under deuteranopia come out close
    // (far closer than in normal vision), while blue and yellow stay apart.
    let (red, green) = (hex("#d62728"), hex("#2ca02c"));
    let normal = delta_e_2000(red.lab(), green.lab());
    let deutan = delta_e_2000(
        red.seen_by(Vision::Deuteranopia).lab(),
        green.seen_by(Vision::Deuteranopia).lab(),
    );
    assert!(
        normal > 50.0 && deutan < 20.0,
        "normal {normal:.1}, deutan {deutan:.1}"
    );
    // Each simulation leaves grey as grey (rows of every matrix sum to 1).
    for vision in VISIONS {
        let grey = hex("#808080");
        let seen = grey.seen_by(vision);
        for c in seen.0 {
            assert!((c - grey.0[0]).abs() < 1e-4, "{vision:?} changes grey");
        }
    }
}

// ---------------------------------------------------------------- the palette

#[test]
fn verdicts_stay_apart_in_every_vision() {
    let mut failures = Vec::new();
    for (theme, tokens) in themes() {
        let verdicts = verdicts(&tokens);
        for vision in VISIONS {
            let mut min = (f64::INFINITY, "", "");
            for (i, &(a, ca)) in verdicts.iter().enumerate() {
                for &(b, cb) in &verdicts[i + 1..] {
                    let d = delta_e_2000(ca.seen_by(vision).lab(), cb.seen_by(vision).lab());
                    if d < VERDICT_DELTA_E {
                        failures.push(format!("{theme} {vision:?}: {a} / {b} ΔE00 {d:.1}"));
                    }
                    if d < min.0 {
                        min = (d, a, b);
                    }
                }
            }
            println!(
                "{theme:5} {vision:12?} closest pair {} / {}: ΔE00 {:.1}",
                min.1, min.2, min.0
            );
        }
    }
    assert!(
        failures.is_empty(),
        "verdict colours closer than ΔE00 {VERDICT_DELTA_E}:\n{}",
        failures.join("\n")
    );
}

/// In the order of `Verdict::ALL` (best outcome first), each verdict is
/// darker than the one before, in light and in dark mode: achieved lightest,
/// not achieved darkest, so a greyscale print or a reader who cannot tell the
/// hues apart still ranks the bar from its lightness alone, and the order does
/// not flip between modes.
#[test]
fn verdicts_are_ordered_by_lightness() {
    for (theme, tokens) in themes() {
        let verdicts = verdicts(&tokens);
        for pair in verdicts.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let step = a.1.lab().0 - b.1.lab().0;
            println!(
                "{theme:5} L* {} {:.1} → {} {:.1}",
                a.0,
                a.1.lab().0,
                b.0,
                b.1.lab().0
            );
            assert!(
                step >= LIGHTNESS_STEP,
                "{theme}: {} (L* {:.1}) and {} (L* {:.1}) are not ordered by lightness",
                a.0,
                a.1.lab().0,
                b.0,
                b.1.lab().0
            );
        }
    }
}

#[test]
fn text_has_4_5_to_1_on_every_background() {
    let mut failures = Vec::new();
    for (theme, tokens) in themes() {
        let texts = TEXT_TOKENS
            .iter()
            .map(|&t| (t, token(&tokens, t)))
            .chain(verdicts(&tokens));
        for (name, colour) in texts {
            for bg in BACKGROUNDS {
                let ratio = contrast(colour, token(&tokens, bg));
                println!("{theme:5} --{name} on --{bg}: {ratio:.2}");
                if ratio < TEXT_CONTRAST {
                    failures.push(format!("{theme}: --{name} on --{bg} is {ratio:.2}:1"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "text below 4.5:1:\n{}",
        failures.join("\n")
    );
}

#[test]
fn ui_parts_have_3_to_1_on_every_background() {
    let mut failures = Vec::new();
    for (theme, tokens) in themes() {
        let parts = UI_TOKENS
            .iter()
            .map(|&t| (t, token(&tokens, t)))
            .chain(verdicts(&tokens));
        for (name, colour) in parts {
            for bg in BACKGROUNDS {
                let ratio = contrast(colour, token(&tokens, bg));
                if ratio < UI_CONTRAST {
                    failures.push(format!("{theme}: --{name} on --{bg} is {ratio:.2}:1"));
                }
            }
        }
        // A pressed filter is filled with its verdict colour and labelled in
        // the page colour: the label needs text contrast on that fill.
        for (name, colour) in verdicts(&tokens) {
            let ratio = contrast(token(&tokens, "bg"), colour);
            if ratio < TEXT_CONTRAST {
                failures.push(format!("{theme}: --bg on pressed --{name} is {ratio:.2}:1"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "UI parts below 3:1:\n{}",
        failures.join("\n")
    );
}

#[test]
fn focus_ring_resembles_no_verdict() {
    let mut failures = Vec::new();
    for (theme, tokens) in themes() {
        let focus = token(&tokens, "focus");
        for (name, colour) in verdicts(&tokens) {
            let d = delta_e_2000(focus.lab(), colour.lab());
            println!("{theme:5} --focus / --{name}: ΔE00 {d:.1}");
            if d < FOCUS_DELTA_E {
                failures.push(format!("{theme}: --focus / --{name} ΔE00 {d:.1}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "the focus ring resembles a verdict (ΔE00 < {FOCUS_DELTA_E}):\n{}",
        failures.join("\n")
    );
}

/// Pressed filters carry a cue that is not colour, and forced-colours mode
/// (which drops author colours) gets its own rules for them and the focus ring.
#[test]
fn pressed_filters_show_without_colour() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/style");
    let css: String = std::fs::read_dir(dir)
        .expect("style/ is readable")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "css"))
        .map(|e| std::fs::read_to_string(e.path()).expect("a stylesheet"))
        .collect();
    assert!(
        css.contains(".filter-button[aria-pressed=\"true\"]::before"),
        "pressed filter buttons have no mark of their own (::before)"
    );
    // Everything after each forced-colours block opens (a rough cut: enough
    // to find the rules, which sit at its start).
    let forced: String = css
        .split("@media (forced-colors: active)")
        .skip(1)
        .map(|rest| &rest[..rest.find("\n}\n").unwrap_or(rest.len())])
        .collect();
    for needle in ["[aria-pressed=\"true\"]", "Highlight", ":focus-visible"] {
        assert!(
            forced.contains(needle),
            "the forced-colours block lacks {needle}"
        );
    }
}
