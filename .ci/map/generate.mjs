// Generates the Yellow Sea map's geometry, once, from Natural Earth data
// (public domain) as shipped by the npm package world-atlas (ISC).
//
//   cd .ci/map && npm ci && node generate.mjs [--resolution 50m|110m]
//
// Writes two committed files:
//   src/data/yellow_sea_map.json  the geometry as data (for review and tests)
//   src/data/yellow_sea_map.rs    the same as Rust constants, compiled into the
//                                 app, so the browser never parses JSON
//
// Steps: take the countries around the Yellow Sea, project them with the
// projection below (also implemented in Rust: src/data/pmz.rs, `project`),
// clip them to the map's frame, simplify (Douglas-Peucker), round to whole
// map units, drop islets too small to see, and write each country as one SVG
// path `d` string in relative coordinates (the shortest form).

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

const args = process.argv.slice(2);
const resolution = args.includes("--resolution") ? args[args.indexOf("--resolution") + 1] : "50m";
if (!["50m", "110m"].includes(resolution)) throw new Error(`unknown resolution ${resolution}`);

// ---- the projection (keep equal to src/data/pmz.rs) --------------------------
// Equirectangular, x scaled by cos of the central latitude so that distances
// east-west and north-south match near the middle of the map:
//   x = (lon - LON_MIN) * cos(LAT0) * SCALE
//   y = (LAT_MAX - lat) * SCALE
// The frame: 118°E-130.5°E, 30.5°N-40.5°N. It holds the Shandong peninsula,
// Seoul, Jeju, the whole Provisional Measures Zone (32°11'N-37°N,
// 122°01'54"E-125°25'E) and the coasts that close the sea to the north.
const LON_MIN = 118.0;
const LON_MAX = 130.5;
const LAT_MIN = 30.5;
const LAT_MAX = 40.5;
const LAT0 = 35.5;
const SCALE = 40.0; // map units per degree of latitude (1 unit ≈ 2.8 km)
const COS_LAT0 = Math.cos((LAT0 * Math.PI) / 180);

const project = ([lon, lat]) => [(lon - LON_MIN) * COS_LAT0 * SCALE, (LAT_MAX - lat) * SCALE];

const WIDTH = Math.round((LON_MAX - LON_MIN) * COS_LAT0 * SCALE);
const HEIGHT = Math.round((LAT_MAX - LAT_MIN) * SCALE);

// Simplification tolerance (map units) and the smallest island kept (square map
// units; 1 square unit ≈ 7.8 km²). Jeju is about 230.
const TOLERANCE = 0.55;
const MIN_AREA = 3;

// ISO 3166-1 numeric ids, as world-atlas keys its countries.
const COUNTRIES = [
  { id: "156", key: "china", name: "China" },
  { id: "408", key: "north_korea", name: "North Korea" },
  { id: "410", key: "south_korea", name: "South Korea" },
  { id: "392", key: "japan", name: "Japan" },
];

// Points the map labels or marks, projected here and in Rust (tests compare).
// Cities: approximate centres. Areas: where a label reads well.
const PLACES = [
  { key: "seoul", name: "Seoul", lon: 126.98, lat: 37.57 },
  { key: "jeju", name: "Jeju", lon: 126.55, lat: 33.38 },
  { key: "qingdao", name: "Qingdao", lon: 120.38, lat: 36.07 },
];

// ---- geometry ------------------------------------------------------------------

/** Sutherland-Hodgman: a ring clipped to the frame [0,WIDTH]x[0,HEIGHT]. */
function clipRing(ring) {
  const edges = [
    { inside: (p) => p[0] >= 0, cut: (a, b) => at(a, b, 0, (p) => p[0]) },
    { inside: (p) => p[0] <= WIDTH, cut: (a, b) => at(a, b, WIDTH, (p) => p[0]) },
    { inside: (p) => p[1] >= 0, cut: (a, b) => at(a, b, 0, (p) => p[1]) },
    { inside: (p) => p[1] <= HEIGHT, cut: (a, b) => at(a, b, HEIGHT, (p) => p[1]) },
  ];
  let out = ring;
  for (const edge of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i];
      const prev = input[(i + input.length - 1) % input.length];
      if (edge.inside(cur)) {
        if (!edge.inside(prev)) out.push(edge.cut(prev, cur));
        out.push(cur);
      } else if (edge.inside(prev)) {
        out.push(edge.cut(prev, cur));
      }
    }
    if (out.length === 0) break;
  }
  return out;
}

function at(a, b, value, coord) {
  const t = (value - coord(a)) / (coord(b) - coord(a));
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

/** Douglas-Peucker on a closed ring (first point kept as an anchor). */
function simplify(ring, tolerance) {
  if (ring.length < 4) return ring;
  // Anchor at the first point and at the point farthest from it.
  let far = 0;
  let farDist = -1;
  for (let i = 1; i < ring.length; i++) {
    const d = Math.hypot(ring[i][0] - ring[0][0], ring[i][1] - ring[0][1]);
    if (d > farDist) [far, farDist] = [i, d];
  }
  const first = dp(ring.slice(0, far + 1), tolerance);
  const second = dp([...ring.slice(far), ring[0]], tolerance);
  return [...first.slice(0, -1), ...second.slice(0, -1)];
}

function dp(points, tolerance) {
  if (points.length < 3) return points;
  const [a, b] = [points[0], points[points.length - 1]];
  let index = 0;
  let max = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = distanceToSegment(points[i], a, b);
    if (d > max) [index, max] = [i, d];
  }
  if (max <= tolerance) return [a, b];
  const left = dp(points.slice(0, index + 1), tolerance);
  const right = dp(points.slice(index), tolerance);
  return [...left.slice(0, -1), ...right];
}

function distanceToSegment(p, a, b) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function area(ring) {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [a, b] = [ring[i], ring[(i + 1) % ring.length]];
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(sum) / 2;
}

/** Rounds to whole units and drops repeated points (and a closing duplicate). */
function round(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  return out;
}

/** A ring as a relative SVG subpath: `m x y dx dy dx dy … z`. */
function subpath(ring, from) {
  const parts = [];
  let [px, py] = from;
  ring.forEach(([x, y], i) => {
    const pair = `${x - px} ${y - py}`.replace(/ -/g, "-");
    parts.push(i === 0 ? `m${pair}` : pair);
    [px, py] = [x, y];
  });
  // Separators: a minus sign already separates two numbers.
  return { text: parts.join(" ").replace(/ -/g, "-") + "z", start: ring[0] };
}

// ---- run -----------------------------------------------------------------------

const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), "utf8"));
const countries = feature(topology, topology.objects.countries).features;

const land = [];
for (const country of COUNTRIES) {
  const found = countries.find((f) => String(f.id) === country.id);
  if (!found) throw new Error(`world-atlas has no country ${country.id} (${country.name})`);
  const polygons = found.geometry.type === "Polygon" ? [found.geometry.coordinates] : found.geometry.coordinates;
  const rings = [];
  for (const polygon of polygons) {
    // Outer rings only: no holes (lakes) are big enough to show at this scale.
    const projected = polygon[0].map(project);
    const clipped = clipRing(projected);
    if (clipped.length < 3 || area(clipped) < MIN_AREA) continue;
    const ring = round(simplify(clipped, TOLERANCE));
    if (ring.length < 3 || area(ring) < MIN_AREA) continue;
    rings.push(ring);
  }
  if (rings.length === 0) continue;
  // Largest first: the mainland, then islands.
  rings.sort((a, b) => area(b) - area(a));
  // Subpaths are relative; the path's first `m` is from the origin, so it is absolute.
  let at0 = [0, 0];
  let d = "";
  for (const ring of rings) {
    const { text } = subpath(ring, at0);
    d += text;
    // After `z` the current point is the subpath's start.
    at0 = ring[0];
  }
  land.push({ key: country.key, name: country.name, rings: rings.length, points: rings.reduce((n, r) => n + r.length, 0), d });
}

const places = PLACES.map((p) => {
  const [x, y] = project([p.lon, p.lat]);
  return { ...p, x: Number(x.toFixed(2)), y: Number(y.toFixed(2)) };
});

const source = {
  data: `Natural Earth ${resolution} admin-0 countries (public domain), via the npm package world-atlas ${require("world-atlas/package.json").version} (ISC)`,
  generator: ".ci/map/generate.mjs",
};

const map = {
  source,
  projection: { kind: "equirectangular, x scaled by cos(lat0)", lon_min: LON_MIN, lat_max: LAT_MAX, lat0: LAT0, scale: SCALE },
  frame: { lon_min: LON_MIN, lon_max: LON_MAX, lat_min: LAT_MIN, lat_max: LAT_MAX },
  view_box: { width: WIDTH, height: HEIGHT },
  simplification: { tolerance: TOLERANCE, min_area: MIN_AREA },
  land,
  places,
};

writeFileSync(join(root, "src/data/yellow_sea_map.json"), JSON.stringify(map, null, 1) + "\n");

const rust = `// Generated by .ci/map/generate.mjs from ${source.data}.
// Do not edit: change the script and run it again (see its header).
//! The Yellow Sea map's coasts: clipped, projected (see \`pmz::project\`),
//! simplified and rounded at build time, as SVG path data.

/// West edge of the frame, degrees east.
pub const LON_MIN: f64 = ${LON_MIN.toFixed(1)};
/// East edge of the frame, degrees east.
pub const LON_MAX: f64 = ${LON_MAX.toFixed(1)};
/// South edge of the frame, degrees north.
pub const LAT_MIN: f64 = ${LAT_MIN.toFixed(1)};
/// North edge of the frame, degrees north.
pub const LAT_MAX: f64 = ${LAT_MAX.toFixed(1)};
/// Central latitude: x is scaled by its cosine.
pub const LAT0: f64 = ${LAT0.toFixed(1)};
/// Map units per degree of latitude.
pub const SCALE: f64 = ${SCALE.toFixed(1)};
/// The SVG viewBox: \`0 0 WIDTH HEIGHT\`.
pub const WIDTH: u32 = ${WIDTH};
pub const HEIGHT: u32 = ${HEIGHT};

/// One country's land inside the frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Land {
    pub key: &'static str,
    pub name: &'static str,
    /// SVG path data, relative coordinates, whole map units.
    pub d: &'static str,
}

pub const LAND: &[Land] = &[
${land.map((l) => `    Land {\n        key: ${JSON.stringify(l.key)},\n        name: ${JSON.stringify(l.name)},\n        d: ${JSON.stringify(l.d)},\n    },`).join("\n")}
];

/// A place the map marks, with its position as the script projected it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place {
    pub key: &'static str,
    pub name: &'static str,
    pub lon: f64,
    pub lat: f64,
    pub x: f64,
    pub y: f64,
}

pub const PLACES: &[Place] = &[
${places.map((p) => `    Place {\n        key: ${JSON.stringify(p.key)},\n        name: ${JSON.stringify(p.name)},\n        lon: ${p.lon.toFixed(2)},\n        lat: ${p.lat.toFixed(2)},\n        x: ${p.x.toFixed(2)},\n        y: ${p.y.toFixed(2)},\n    },`).join("\n")}
];
`;
writeFileSync(join(root, "src/data/yellow_sea_map.rs"), rust);

const bytes = land.reduce((n, l) => n + l.d.length, 0);
console.log(`${resolution}: viewBox 0 0 ${WIDTH} ${HEIGHT}; ${land.map((l) => `${l.key} ${l.rings} rings ${l.points} pts ${l.d.length} B`).join("; ")}; path data ${bytes} B`);
