//! A drawn picture for each demo product, so the demo needs no downloaded pictures: a tiny
//! signed-distance renderer. Coordinates are fractions of the picture (0..1, y down); every shape
//! is a distance function, so edges are anti-aliased for free. Deterministic.

use crate::catalog::{ProductTemplate, top_level};
use image::{Rgb as Pixel, RgbImage};

type Rgb = [f32; 3];

fn hex(v: u32) -> Rgb {
    [
        ((v >> 16) & 0xff) as f32 / 255.0,
        ((v >> 8) & 0xff) as f32 / 255.0,
        (v & 0xff) as f32 / 255.0,
    ]
}

fn mix(a: Rgb, b: Rgb, t: f32) -> Rgb {
    [
        a[0] + (b[0] - a[0]) * t,
        a[1] + (b[1] - a[1]) * t,
        a[2] + (b[2] - a[2]) * t,
    ]
}

fn mul(a: Rgb, f: f32) -> Rgb {
    [a[0] * f, a[1] * f, a[2] * f]
}

fn with(c: Rgb, a: f32) -> [f32; 4] {
    [c[0], c[1], c[2], a]
}

fn smoothstep(e0: f32, e1: f32, x: f32) -> f32 {
    let t = ((x - e0) / (e1 - e0)).clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

fn fract(x: f32) -> f32 {
    x - x.floor()
}

fn len(x: f32, y: f32) -> f32 {
    (x * x + y * y).sqrt()
}

/// Deterministic pseudo-random numbers (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn f(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }

    fn range(&mut self, a: f32, b: f32) -> f32 {
        a + (b - a) * self.f()
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[(self.next() % items.len() as u64) as usize]
    }

    fn seed(&mut self) -> u32 {
        (self.next() >> 32) as u32
    }
}

fn hash2(i: i32, j: i32, seed: u32) -> f32 {
    // Mix the cell and the seed, then avalanche (lowbias32) so neighbouring cells are unrelated.
    let mut h = (i as u32)
        .wrapping_mul(0x8DA6_B343)
        .wrapping_add((j as u32).wrapping_mul(0xD816_3841))
        .wrapping_add(seed.wrapping_mul(0xCB1A_B31F));
    h ^= h >> 16;
    h = h.wrapping_mul(0x7FEB_352D);
    h ^= h >> 15;
    h = h.wrapping_mul(0x846C_A68B);
    h ^= h >> 16;
    (h >> 8) as f32 / 16_777_216.0
}

/// Smooth value noise in 0..1: two lattices, the second turned and shifted, so the grid of either
/// never shows.
fn noise(x: f32, y: f32, seed: u32) -> f32 {
    let lattice = |x: f32, y: f32, seed: u32| {
        let (xf, yf) = (x.floor(), y.floor());
        let (i, j) = (xf as i32, yf as i32);
        let (sx, sy) = (smoothstep(0.0, 1.0, x - xf), smoothstep(0.0, 1.0, y - yf));
        let top = hash2(i, j, seed) + (hash2(i + 1, j, seed) - hash2(i, j, seed)) * sx;
        let bottom =
            hash2(i, j + 1, seed) + (hash2(i + 1, j + 1, seed) - hash2(i, j + 1, seed)) * sx;
        top + (bottom - top) * sy
    };
    let (u, v) = (0.8 * x - 0.6 * y + 17.3, 0.6 * x + 0.8 * y + 5.9);
    let n = 0.5 * (lattice(x, y, seed) + lattice(u, v, seed ^ 0x9E37_79B9));
    // The average of two is narrower than one: stretch it back towards 0..1.
    (0.5 + (n - 0.5) * 1.6).clamp(0.0, 1.0)
}

/// Round specks on a grid of `k` cells per unit: (coverage 0..1, a random value for the speck).
fn speck(x: f32, y: f32, k: f32, size: f32, seed: u32) -> (f32, f32) {
    let (gx, gy) = (x * k, y * k);
    let (i, j) = (gx.floor() as i32, gy.floor() as i32);
    let ox = 0.3 + 0.4 * hash2(i, j, seed ^ 0x51);
    let oy = 0.3 + 0.4 * hash2(i, j, seed ^ 0xA7);
    let d = len(gx - i as f32 - ox, gy - j as f32 - oy);
    (smoothstep(size, size * 0.6, d), hash2(i, j, seed))
}

fn sd_circle(x: f32, y: f32, cx: f32, cy: f32, r: f32) -> f32 {
    len(x - cx, y - cy) - r
}

fn sd_ellipse(x: f32, y: f32, cx: f32, cy: f32, rx: f32, ry: f32) -> f32 {
    let (px, py) = ((x - cx) / rx, (y - cy) / ry);
    let k0 = len(px, py);
    let k1 = len(px / rx, py / ry);
    if k1 < 1e-6 {
        -rx.min(ry)
    } else {
        k0 * (k0 - 1.0) / k1
    }
}

fn sd_box(x: f32, y: f32, cx: f32, cy: f32, hw: f32, hh: f32, r: f32) -> f32 {
    let qx = (x - cx).abs() - hw + r;
    let qy = (y - cy).abs() - hh + r;
    len(qx.max(0.0), qy.max(0.0)) + qx.max(qy).min(0.0) - r
}

fn sd_segment(x: f32, y: f32, a: (f32, f32), b: (f32, f32)) -> f32 {
    let (pax, pay, bax, bay) = (x - a.0, y - a.1, b.0 - a.0, b.1 - a.1);
    let h = ((pax * bax + pay * bay) / (bax * bax + bay * bay).max(1e-9)).clamp(0.0, 1.0);
    len(pax - bax * h, pay - bay * h)
}

fn sd_polygon(x: f32, y: f32, v: &[(f32, f32)]) -> f32 {
    let n = v.len();
    if n < 3 {
        return 1.0;
    }
    let mut d = (x - v[0].0).powi(2) + (y - v[0].1).powi(2);
    let mut s = 1.0;
    for i in 0..n {
        let j = (i + n - 1) % n;
        let (ex, ey) = (v[j].0 - v[i].0, v[j].1 - v[i].1);
        let (wx, wy) = (x - v[i].0, y - v[i].1);
        let h = ((wx * ex + wy * ey) / (ex * ex + ey * ey).max(1e-12)).clamp(0.0, 1.0);
        let (bx, by) = (wx - ex * h, wy - ey * h);
        d = d.min(bx * bx + by * by);
        let c1 = y >= v[i].1;
        let c2 = y < v[j].1;
        let c3 = ex * wy > ey * wx;
        if (c1 && c2 && c3) || (!c1 && !c2 && !c3) {
            s = -s;
        }
    }
    s * d.sqrt()
}

/// A point in the frame of a shape centred at (cx, cy) and turned by `angle` radians.
fn local(x: f32, y: f32, cx: f32, cy: f32, angle: f32) -> (f32, f32) {
    let (s, c) = angle.sin_cos();
    let (dx, dy) = (x - cx, y - cy);
    (dx * c + dy * s, -dx * s + dy * c)
}

/// A solid of revolution seen a little from above: half-width `w(y)` from `y0` to `y1`, with an
/// elliptic bottom `k` times as tall as it is wide.
fn sd_lathe(x: f32, y: f32, cx: f32, y0: f32, y1: f32, k: f32, w: &impl Fn(f32) -> f32) -> f32 {
    let yy = y.clamp(y0, y1);
    let h = 0.002;
    let (a, b) = ((yy - h).max(y0), (yy + h).min(y1));
    let slope = if b > a { (w(b) - w(a)) / (b - a) } else { 0.0 };
    let side = ((x - cx).abs() - w(yy)) / (1.0 + slope * slope).sqrt();
    let body = side.max(y0 - y).max(y - y1);
    let wb = w(y1);
    body.min(sd_ellipse(x, y, cx, y1, wb, (wb * k).max(0.002)))
}

fn bb(cx: f32, cy: f32, hw: f32, hh: f32) -> [f32; 4] {
    [cx - hw, cy - hh, cx + hw, cy + hh]
}

/// Brightness of a rounded surface whose normal leans sideways by `t` (-1 left … 1 right), lit
/// from the upper left, with a highlight of strength `gloss`.
fn lit(c: Rgb, t: f32, gloss: f32) -> Rgb {
    let t = t.clamp(-1.0, 1.0);
    let nz = (1.0 - t * t).max(0.0).sqrt();
    let diff = (-0.45 * t + 0.89 * nz).max(0.0);
    let spec = (-0.23 * t + 0.97 * nz).max(0.0).powi(28) * gloss;
    let f = 0.42 + 0.64 * diff;
    [c[0] * f + spec, c[1] * f + spec, c[2] * f + spec]
}

/// Brightness of a sphere-like surface at normal (nx, ny).
fn ball(c: Rgb, nx: f32, ny: f32, gloss: f32) -> Rgb {
    let r2 = (nx * nx + ny * ny).min(1.0);
    let nz = (1.0 - r2).sqrt();
    let diff = (-0.42 * nx - 0.5 * ny + 0.76 * nz).max(0.0);
    let spec = (-0.224 * nx - 0.266 * ny + 0.938 * nz).max(0.0).powi(30) * gloss;
    let f = 0.38 + 0.7 * diff;
    [c[0] * f + spec, c[1] * f + spec, c[2] * f + spec]
}

struct Canvas {
    n: usize,
    s: f32,
    px: Vec<Rgb>,
}

impl Canvas {
    fn new(size: u32) -> Self {
        let n = size as usize;
        Self {
            n,
            s: size as f32,
            px: vec![[1.0, 1.0, 1.0]; n * n],
        }
    }

    fn span(&self, a: f32, b: f32) -> std::ops::Range<usize> {
        let lo = ((a * self.s).floor() - 1.0).clamp(0.0, self.s) as usize;
        let hi = ((b * self.s).ceil() + 1.0).clamp(0.0, self.s) as usize;
        lo..hi.max(lo)
    }

    /// Paints the shape `sdf` (negative inside) within the box `area` with `paint`'s colour and
    /// opacity; `soft` > 0 blurs the edge over that distance (shadows).
    fn draw(
        &mut self,
        area: [f32; 4],
        soft: f32,
        sdf: impl Fn(f32, f32) -> f32,
        paint: impl Fn(f32, f32) -> [f32; 4],
    ) {
        let inv = 1.0 / self.s;
        let (xs, ys) = (self.span(area[0], area[2]), self.span(area[1], area[3]));
        for j in ys {
            let y = (j as f32 + 0.5) * inv;
            let row = j * self.n;
            for i in xs.clone() {
                let x = (i as f32 + 0.5) * inv;
                let d = sdf(x, y);
                let cov = if soft > 0.0 {
                    smoothstep(soft, -soft, d)
                } else {
                    (0.5 - d * self.s).clamp(0.0, 1.0)
                };
                if cov <= 0.0 {
                    continue;
                }
                let c = paint(x, y);
                let a = cov * c[3];
                let p = &mut self.px[row + i];
                p[0] += (c[0] - p[0]) * a;
                p[1] += (c[1] - p[1]) * a;
                p[2] += (c[2] - p[2]) * a;
            }
        }
    }

    fn fill(
        &mut self,
        area: [f32; 4],
        sdf: impl Fn(f32, f32) -> f32,
        paint: impl Fn(f32, f32) -> Rgb,
    ) {
        self.draw(area, 0.0, sdf, |x, y| with(paint(x, y), 1.0));
    }

    fn solid(&mut self, area: [f32; 4], sdf: impl Fn(f32, f32) -> f32, c: Rgb) {
        self.draw(area, 0.0, sdf, |_, _| with(c, 1.0));
    }

    fn shadow(&mut self, cx: f32, cy: f32, rx: f32, ry: f32, strength: f32) {
        let soft = ry * 0.8;
        self.draw(
            bb(cx, cy, rx + soft * 2.0, ry + soft * 2.0),
            soft,
            |x, y| sd_ellipse(x, y, cx, cy, rx, ry),
            |_, _| [0.18, 0.12, 0.08, strength],
        );
    }

    fn background(&mut self, r: &mut Rng) {
        let (wall_top, wall_bottom, table) = r.pick(&BACKDROPS);
        let (wall_top, wall_bottom, table) = (hex(wall_top), hex(wall_bottom), hex(table));
        let horizon = r.range(0.6, 0.66);
        let seed = r.seed();
        let inv = 1.0 / self.s;
        for j in 0..self.n {
            let y = (j as f32 + 0.5) * inv;
            let wall = mix(wall_top, wall_bottom, (y / horizon).min(1.0));
            let floor = mul(
                table,
                1.04 - 0.18 * ((y - horizon) / (1.0 - horizon)).max(0.0),
            );
            let edge = smoothstep(horizon - 0.003, horizon + 0.003, y);
            for i in 0..self.n {
                let x = (i as f32 + 0.5) * inv;
                let glow = 1.0 + 0.05 * (1.0 - len(x - 0.5, (y - 0.45) * 1.3) * 1.6).max(0.0);
                let grain = 1.0 + 0.012 * (hash2(i as i32, j as i32, seed) - 0.5);
                let c = mix(mul(wall, glow), floor, edge);
                self.px[j * self.n + i] = mul(c, grain);
            }
        }
    }

    fn into_image(self) -> RgbImage {
        let n = self.n as u32;
        let to = |v: f32| (v.clamp(0.0, 1.0) * 255.0 + 0.5) as u8;
        RgbImage::from_fn(n, n, |i, j| {
            let p = self.px[j as usize * self.n + i as usize];
            Pixel([to(p[0]), to(p[1]), to(p[2])])
        })
    }
}

/// Wall top, wall bottom and table colours behind the products.
const BACKDROPS: [(u32, u32, u32); 7] = [
    (0xF7F0E6, 0xEEDFCB, 0xD8BE9C),
    (0xEEF4EE, 0xDCE9DF, 0xC9B393),
    (0xF8EDE8, 0xEFD9D1, 0xCDA88E),
    (0xEBF1F6, 0xD9E4EC, 0xC7B59F),
    (0xFBF4E1, 0xF1E2BA, 0xD4B088),
    (0xF1EDF6, 0xE1D9EC, 0xC2AE97),
    (0xF4F1EC, 0xE6E0D6, 0xB9A58C),
];

/// A deterministic square picture of the product (`size`×`size`): a soft backdrop and a drawn
/// object for its category. `variant` changes colours and details, so two products of the same
/// category look different.
pub fn product_image(template: &ProductTemplate, variant: u32, size: u32) -> RgbImage {
    let mut seed: u64 = 0xCBF2_9CE4_8422_2325;
    for b in template.title[2].bytes() {
        seed = (seed ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3);
    }
    let mut r = Rng(seed ^ u64::from(variant).wrapping_mul(0xA076_1D64_78BD_642F));
    let mut c = Canvas::new(size.max(16));
    c.background(&mut r);
    let en = template.title[2].to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| en.contains(w));
    let sub = template.category.as_str();
    match top_level(sub) {
        "argan-oils" => {
            let (liquid, top) = match sub {
                "argan-cosmetic" => (hex(0xE2B64A), Top::Dropper),
                "other-oils" if has(&["prickly"]) => (hex(0xC9C25A), Top::Dropper),
                "other-oils" if has(&["nigella", "black seed"]) => (hex(0x6B4A12), Top::Cap),
                "other-oils" => (hex(0xEAD27A), Top::Cap),
                _ => (hex(0xB8741C), Top::Cap),
            };
            bottle(&mut c, &mut r, liquid, top, Emblem::Tree);
            nuts_beside(&mut c, &mut r, hex(0x8A5A2B), 0.09);
        }
        "olive-oil-olives" if sub == "olives" => {
            let colours: &[u32] = if has(&["black"]) {
                &[0x2B2326, 0x3A2C2E, 0x231C1F]
            } else if has(&["violet", "purple", "red"]) {
                &[0x5E2F3A, 0x74414A, 0x8A5A4A]
            } else {
                &[0x8A9A3A, 0x9AA845, 0x7D8B30]
            };
            bowl(
                &mut c,
                &mut r,
                Heap::Pieces(colours.iter().map(|&v| hex(v)).collect()),
            );
        }
        "olive-oil-olives" => {
            bottle(&mut c, &mut r, hex(0x9E9A2C), Top::Cap, Emblem::Olive);
            olive_branch(&mut c, &mut r);
        }
        "honey-amlou" if sub == "amlou" => {
            jar(&mut c, &mut r, Fill::Paste(hex(0x7A4A26)), Emblem::Almond);
            nuts_beside(&mut c, &mut r, hex(0xC49A6C), 0.075);
        }
        "honey-amlou" => {
            let tone = if has(&["orange", "eucalyptus"]) {
                hex(0xE0A030)
            } else if has(&["euphorbia", "carob", "jujube"]) {
                hex(0xA4521A)
            } else {
                hex(0xC9781E)
            };
            jar(&mut c, &mut r, Fill::Honey(tone), Emblem::Hexagon);
            dipper(&mut c, &mut r);
        }
        "saffron" => saffron(&mut c, &mut r),
        "spices-herbs" if sub == "herbs-teas" => {
            let tone = if has(&["rose"]) {
                hex(0xB0485E)
            } else if has(&["verbena"]) {
                hex(0x9DB46A)
            } else if has(&["thyme", "rosemary", "wormwood"]) {
                hex(0x7C8A64)
            } else {
                hex(0x4E7D3A)
            };
            bowl(&mut c, &mut r, Heap::Leaves(tone));
            leaves_beside(&mut c, &mut r, tone);
        }
        "spices-herbs" => {
            let tone = if has(&["cumin"]) {
                hex(0x8C6A3C)
            } else if has(&["paprika", "pepper"]) {
                hex(0xB8321E)
            } else if has(&["nigella"]) {
                hex(0x252220)
            } else if has(&["turmeric"]) {
                hex(0xD99A1E)
            } else {
                hex(0x9C4A24)
            };
            bowl(&mut c, &mut r, Heap::Powder(tone));
        }
        "couscous-grains" => {
            let tone = if has(&["barley", "belboula"]) {
                hex(0xC9B38A)
            } else if has(&["corn", "maize"]) {
                hex(0xE7B94A)
            } else if has(&["carob"]) {
                hex(0x7A5236)
            } else if has(&["flour"]) {
                hex(0xEDE3CF)
            } else if has(&["wholemeal", "whole"]) {
                hex(0xC89F66)
            } else {
                hex(0xE8CB7E)
            };
            let heap = if has(&["flour"]) {
                Heap::Powder(tone)
            } else {
                Heap::Grains(tone)
            };
            bowl(&mut c, &mut r, heap);
            wheat(&mut c, &mut r);
        }
        "dates-dried-fruit" if sub == "dates" => {
            let tone = if has(&["paste"]) {
                hex(0x5A3018)
            } else {
                hex(0x6E3A1C)
            };
            plate_of(&mut c, &mut r, Pile::Dates(tone));
        }
        "dates-dried-fruit" => {
            let pile = if has(&["walnut"]) {
                Pile::Walnuts
            } else if has(&["fig"]) {
                Pile::Figs
            } else if has(&["almond"]) {
                Pile::Almonds
            } else {
                Pile::Mixed
            };
            plate_of(&mut c, &mut r, pile);
        }
        "floral-waters" => {
            let orange = has(&["orange"]);
            let liquid = if orange { hex(0xF3EBC8) } else { hex(0xF2B8C2) };
            let top = if has(&["mist", "spray"]) {
                Top::Spray
            } else {
                Top::Cap
            };
            let emblem = if orange {
                Emblem::Blossom
            } else {
                Emblem::Rose
            };
            bottle(&mut c, &mut r, liquid, top, emblem);
            petals(&mut c, &mut r, orange);
        }
        "cosmetics-soaps" => {
            if has(&["black soap"]) {
                bowl(&mut c, &mut r, Heap::Paste(hex(0x3A2414)));
            } else if sub == "ghassoul" {
                bowl(&mut c, &mut r, Heap::Powder(hex(0x9A6A4E)));
            } else if has(&["henna"]) {
                bowl(&mut c, &mut r, Heap::Powder(hex(0x6F7A32)));
            } else if sub == "soaps" {
                soap(&mut c, &mut r);
            } else {
                cream_jar(&mut c, &mut r);
            }
        }
        "rugs-textiles" => match sub {
            "textiles" => blankets(&mut c, &mut r, has(&["handira", "wedding"])),
            "embroidery" => cushion(&mut c, &mut r),
            _ => {
                let style = if has(&["beni ouarain"]) {
                    RugStyle::Lattice
                } else if has(&["azilal"]) {
                    RugStyle::Azilal
                } else if has(&["boucherouite", "rag"]) {
                    RugStyle::Rag
                } else if has(&["kilim", "hanbel", "flat"]) {
                    RugStyle::Bands
                } else {
                    RugStyle::Medallion
                };
                rug(&mut c, &mut r, style);
            }
        },
        "pottery-ceramics" => {
            if has(&["tagine"]) {
                tagine(
                    &mut c,
                    &mut r,
                    has(&["painted", "safi", "decorative", "serving"]),
                );
            } else if has(&["plate", "dish"]) {
                plate(&mut c, &mut r, has(&["tamegroute", "green"]));
            } else if has(&["jug", "jar", "pitcher", "tanjia"]) {
                jug(&mut c, &mut r, has(&["tanjia"]));
            } else {
                glazed_bowl(&mut c, &mut r, has(&["tamegroute", "green"]));
            }
        }
        "leather" => {
            if has(&["slipper", "babouche"]) {
                slippers(&mut c, &mut r);
            } else if has(&["pouf", "pouffe"]) {
                pouf(&mut c, &mut r);
            } else {
                bag(&mut c, &mut r);
            }
        }
        "wood" => {
            if has(&["spoon", "ladle"]) {
                spoons(&mut c, &mut r);
            } else if has(&["chess"]) {
                chessboard(&mut c, &mut r);
            } else if has(&["box", "case"]) {
                wood_box(&mut c, &mut r, has(&["cedar", "painted"]));
            } else if has(&["bowl", "gsaa"]) {
                wood_bowl(&mut c, &mut r);
            } else {
                board(&mut c, &mut r);
            }
        }
        "basketry" => {
            if has(&["hat"]) {
                hat(&mut c, &mut r);
            } else if has(&["tbak", "lid", "cover"]) {
                tbak(&mut c, &mut r);
            } else {
                basket(
                    &mut c,
                    &mut r,
                    has(&["market", "shopping", "couffin", "tote"]),
                );
            }
        }
        "jewellery" => {
            let gold = has(&["brass", "gold"]);
            velvet(&mut c, &mut r);
            if has(&["bracelet", "bangle"]) {
                bracelet(&mut c, &mut r, gold);
            } else if has(&["fibula", "brooch"]) {
                fibula(&mut c, &mut r, gold);
            } else if has(&["earring"]) {
                earrings(&mut c, &mut r, gold);
            } else if has(&["ring"]) && !has(&["earring"]) && !has(&["necklace"]) {
                ring(&mut c, &mut r, gold);
            } else {
                necklace(&mut c, &mut r, gold, has(&["hand", "khamsa"]));
            }
        }
        "dairy-cheese" => {
            if has(&["smen", "butter"]) {
                jar(&mut c, &mut r, Fill::Paste(hex(0xE9D48E)), Emblem::Drop);
            } else {
                cheese(
                    &mut c,
                    &mut r,
                    has(&["herb", "thyme"]),
                    has(&["sheep", "aged", "matured"]),
                );
            }
        }
        _ => {
            let fill = if has(&["lemon"]) {
                Fill::Pieces(hex(0xE7C93A), hex(0xF2DC5A), Piece::Slice)
            } else if has(&["caper"]) {
                Fill::Pieces(hex(0xB9B47A), hex(0x6F7E34), Piece::Dot)
            } else if has(&["tomato"]) {
                Fill::Pieces(hex(0xC8A040), hex(0xA8301E), Piece::Blob)
            } else if has(&["fig"]) {
                Fill::Jam(hex(0x6A2A3A))
            } else if has(&["orange", "clementine"]) {
                Fill::Jam(hex(0xE07A1A))
            } else if has(&["quince"]) {
                Fill::Jam(hex(0xC0562A))
            } else {
                Fill::Jam(hex(0xA8203A))
            };
            jar(&mut c, &mut r, fill, Emblem::Fruit);
        }
    }
    c.into_image()
}

// --- Bottles and jars ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Top {
    Cap,
    Dropper,
    Spray,
}

#[derive(Clone, Copy)]
enum Emblem {
    Tree,
    Olive,
    Rose,
    Blossom,
    Hexagon,
    Almond,
    Fruit,
    Drop,
}

const LABELS: [u32; 6] = [0xF5EDDC, 0xFFFFFF, 0xEFE3C8, 0xE9EFE4, 0xF7E6E0, 0x2F3B4A];
const INKS: [u32; 6] = [0x7A2E1C, 0x2F5B3A, 0x1F4E79, 0x8A5A14, 0x6A2446, 0x3A3A3A];

fn bottle(c: &mut Canvas, r: &mut Rng, liquid: Rgb, top: Top, emblem: Emblem) {
    let cx = r.range(0.43, 0.47);
    let tall = r.f() < 0.5;
    let hw = if tall {
        r.range(0.105, 0.12)
    } else {
        r.range(0.13, 0.15)
    };
    let neck = if top == Top::Dropper {
        0.04
    } else {
        r.range(0.036, 0.046)
    };
    let y0 = if tall { 0.25 } else { 0.33 };
    let y1 = 0.8;
    let sh0 = y0 + if tall { 0.07 } else { 0.05 };
    let sh1 = sh0 + if tall { 0.1 } else { 0.08 };
    let w = move |y: f32| {
        if y < sh0 {
            neck
        } else if y < sh1 {
            let t = (y - sh0) / (sh1 - sh0);
            neck + (hw - neck) * (1.0 - (1.0 - t) * (1.0 - t)).sqrt()
        } else {
            hw
        }
    };
    let k = 0.22;
    c.shadow(cx + 0.03, y1 + 0.01, hw * 1.25, 0.035, 0.35);
    let area = bb(
        cx,
        (y0 + y1) / 2.0 + 0.02,
        hw + 0.01,
        (y1 - y0) / 2.0 + 0.05,
    );
    let glass = hex(0xE8F0EC);
    c.draw(
        area,
        0.0,
        |x, y| sd_lathe(x, y, cx, y0, y1, k, &w),
        |x, y| with(lit(glass, (x - cx) / w(y), 0.6), 0.45),
    );
    let level = sh1 + 0.01 + r.range(0.0, 0.03);
    let inner = move |y: f32| (w(y) - 0.01).max(0.0);
    c.fill(
        area,
        |x, y| sd_lathe(x, y, cx, level, y1 - 0.008, k, &inner),
        |x, y| {
            let t = (x - cx) / hw;
            let depth = 1.0 - 0.25 * ((y - level) / (y1 - level));
            mul(lit(liquid, t, 0.5), depth)
        },
    );
    // The liquid's surface.
    c.draw(
        bb(cx, level, hw, 0.02),
        0.0,
        |x, y| sd_ellipse(x, y, cx, level, hw - 0.01, (hw - 0.01) * k),
        |_, _| with(mix(liquid, [1.0, 1.0, 1.0], 0.3), 0.8),
    );
    // Label.
    let label = hex(r.pick(&LABELS));
    let ink = if label[0] < 0.5 {
        hex(0xE9D8A6)
    } else {
        hex(r.pick(&INKS))
    };
    let ly = (level + y1) / 2.0 + 0.02;
    let lh = (y1 - level) * 0.3;
    c.fill(
        bb(cx, ly, hw + 0.01, lh + 0.01),
        |x, y| sd_box(x, y, cx, ly, hw + 0.002, lh, 0.004),
        |x, _| lit(label, (x - cx) / (hw + 0.003), 0.1),
    );
    c.solid(
        bb(cx, ly, hw, lh),
        |x, y| (sd_box(x, y, cx, ly, hw * 0.8, lh * 0.82, 0.01)).abs() - 0.0025,
        ink,
    );
    emblem_at(c, emblem, cx, ly, lh * 0.55, ink);
    // Glass highlight.
    let hx = cx - hw * 0.62;
    c.draw(
        bb(hx, (sh1 + y1) / 2.0, 0.02, (y1 - sh1) / 2.0),
        0.0,
        |x, y| sd_segment(x, y, (hx, sh1 + 0.03), (hx, y1 - 0.06)) - 0.008,
        |_, _| [1.0, 1.0, 1.0, 0.4],
    );
    // Top.
    let cap = hex(r.pick(&[0x2A2A2A, 0xB08D3C, 0x8A5A2B, 0xF2F2F2, 0x1E3A5F]));
    match top {
        Top::Cap => {
            let ch = 0.035;
            c.fill(
                bb(cx, y0 - ch, neck + 0.02, ch + 0.01),
                |x, y| sd_box(x, y, cx, y0 - ch + 0.01, neck + 0.01, ch, 0.008),
                |x, _| {
                    let ridge = 1.0 - 0.1 * (0.5 + 0.5 * ((x - cx) * 300.0).sin());
                    mul(lit(cap, (x - cx) / (neck + 0.01), 0.5), ridge)
                },
            );
        }
        Top::Dropper => {
            let black = hex(0x222222);
            c.fill(
                bb(cx, y0 - 0.02, neck + 0.02, 0.03),
                |x, y| sd_box(x, y, cx, y0 - 0.015, neck + 0.008, 0.022, 0.006),
                |x, _| lit(cap, (x - cx) / (neck + 0.008), 0.6),
            );
            c.fill(
                bb(cx, y0 - 0.09, 0.05, 0.07),
                |x, y| {
                    sd_ellipse(x, y, cx, y0 - 0.08, 0.032, 0.05).min(sd_box(
                        x,
                        y,
                        cx,
                        y0 - 0.04,
                        0.026,
                        0.012,
                        0.004,
                    ))
                },
                |x, y| ball(black, (x - cx) / 0.032, (y - (y0 - 0.08)) / 0.05, 0.5),
            );
        }
        Top::Spray => {
            c.fill(
                bb(cx, y0 - 0.03, neck + 0.02, 0.04),
                |x, y| sd_box(x, y, cx, y0 - 0.02, neck + 0.008, 0.028, 0.006),
                |x, _| lit(hex(0xD9D9D9), (x - cx) / (neck + 0.008), 0.6),
            );
            c.fill(
                bb(cx, y0 - 0.07, 0.05, 0.03),
                |x, y| {
                    sd_box(x, y, cx, y0 - 0.068, 0.024, 0.022, 0.01).min(sd_box(
                        x,
                        y,
                        cx - 0.03,
                        y0 - 0.072,
                        0.012,
                        0.007,
                        0.003,
                    ))
                },
                |x, _| lit(cap, (x - cx) / 0.03, 0.5),
            );
        }
    }
}

fn emblem_at(c: &mut Canvas, e: Emblem, cx: f32, cy: f32, s: f32, ink: Rgb) {
    let area = bb(cx, cy, s * 1.3, s * 1.3);
    match e {
        Emblem::Tree => c.solid(
            area,
            |x, y| {
                let trunk = sd_segment(x, y, (cx, cy + s * 0.9), (cx, cy + s * 0.1)) - s * 0.1;
                let l =
                    sd_segment(x, y, (cx, cy + s * 0.3), (cx - s * 0.4, cy - s * 0.05)) - s * 0.06;
                let rr =
                    sd_segment(x, y, (cx, cy + s * 0.3), (cx + s * 0.4, cy - s * 0.05)) - s * 0.06;
                let crown = sd_ellipse(x, y, cx, cy - s * 0.25, s * 0.9, s * 0.45);
                trunk.min(l).min(rr).min(crown)
            },
            ink,
        ),
        Emblem::Olive => c.solid(
            area,
            |x, y| {
                let stem = sd_segment(
                    x,
                    y,
                    (cx - s * 0.8, cy + s * 0.6),
                    (cx + s * 0.8, cy - s * 0.6),
                ) - s * 0.05;
                let (u, v) = local(x, y, cx - s * 0.2, cy - s * 0.25, -0.3);
                let leaf1 = sd_ellipse(u, v, 0.0, 0.0, s * 0.5, s * 0.15);
                let (u2, v2) = local(x, y, cx + s * 0.15, cy + s * 0.3, -0.9);
                let leaf2 = sd_ellipse(u2, v2, 0.0, 0.0, s * 0.5, s * 0.15);
                let olive = sd_ellipse(x, y, cx + s * 0.35, cy - s * 0.15, s * 0.22, s * 0.3);
                stem.min(leaf1).min(leaf2).min(olive)
            },
            ink,
        ),
        Emblem::Rose | Emblem::Blossom => {
            let n = if matches!(e, Emblem::Rose) { 6 } else { 5 };
            c.solid(
                area,
                |x, y| {
                    let (dx, dy) = (x - cx, y - cy);
                    let a = dy.atan2(dx);
                    let rad = len(dx, dy);
                    let petal = s * (0.55 + 0.35 * (a * n as f32).cos().abs().sqrt());
                    rad - petal
                },
                ink,
            );
            c.solid(
                area,
                |x, y| sd_circle(x, y, cx, cy, s * 0.22),
                mix(ink, [1.0, 1.0, 1.0], 0.6),
            );
        }
        Emblem::Hexagon => c.solid(
            area,
            |x, y| {
                let mut d = f32::MAX;
                for (ox, oy) in [(0.0, 0.0), (-0.9, 0.52), (0.9, 0.52), (0.0, -1.04)] {
                    let (hx, hy) = (cx + ox * s * 0.5, cy + oy * s * 0.5);
                    let pts: Vec<(f32, f32)> = (0..6)
                        .map(|k| {
                            let a = k as f32 * std::f32::consts::FRAC_PI_3;
                            (hx + s * 0.27 * a.cos(), hy + s * 0.27 * a.sin())
                        })
                        .collect();
                    d = d.min(sd_polygon(x, y, &pts).abs() - s * 0.04);
                }
                d
            },
            ink,
        ),
        Emblem::Almond | Emblem::Drop => c.solid(
            area,
            |x, y| {
                let round = sd_circle(x, y, cx, cy + s * 0.25, s * 0.5);
                let tip = sd_polygon(
                    x,
                    y,
                    &[
                        (cx, cy - s * 0.95),
                        (cx + s * 0.47, cy + s * 0.1),
                        (cx - s * 0.47, cy + s * 0.1),
                    ],
                );
                round.min(tip)
            },
            ink,
        ),
        Emblem::Fruit => {
            c.solid(
                area,
                |x, y| sd_circle(x, y, cx, cy + s * 0.15, s * 0.6),
                ink,
            );
            c.solid(
                area,
                |x, y| {
                    let (u, v) = local(x, y, cx + s * 0.3, cy - s * 0.6, 0.5);
                    sd_ellipse(u, v, 0.0, 0.0, s * 0.35, s * 0.13)
                },
                hex(0x3F6B35),
            );
        }
    }
}

#[derive(Clone, Copy)]
enum Piece {
    Slice,
    Dot,
    Blob,
}

#[derive(Clone, Copy)]
enum Fill {
    Honey(Rgb),
    Paste(Rgb),
    Jam(Rgb),
    Pieces(Rgb, Rgb, Piece),
}

fn jar(c: &mut Canvas, r: &mut Rng, fill: Fill, emblem: Emblem) {
    let cx = r.range(0.44, 0.48);
    let hw = r.range(0.15, 0.18);
    let y0 = r.range(0.36, 0.42);
    let y1 = 0.8;
    let neck = hw - 0.025;
    let w = move |y: f32| {
        let t = ((y - y0) / 0.06).clamp(0.0, 1.0);
        neck + (hw - neck) * (1.0 - (1.0 - t) * (1.0 - t)).sqrt()
    };
    let k = 0.2;
    c.shadow(cx + 0.03, y1 + 0.01, hw * 1.2, 0.04, 0.35);
    let area = bb(cx, (y0 + y1) / 2.0, hw + 0.02, (y1 - y0) / 2.0 + 0.06);
    let seed = r.seed();
    let inner = move |y: f32| w(y) - 0.008;
    let top = y0 + 0.015;
    c.fill(
        area,
        |x, y| sd_lathe(x, y, cx, top, y1 - 0.006, k, &inner),
        |x, y| {
            let t = (x - cx) / hw;
            match fill {
                Fill::Honey(tone) => {
                    let glow = 1.0 - len(t * 0.8, (y - 0.62) * 4.0).min(1.0);
                    let base = mix(mul(tone, 0.7), mix(tone, hex(0xFFE08A), 0.5), glow);
                    lit(base, t, 0.35)
                }
                Fill::Paste(tone) => {
                    let n = noise(x * 90.0, y * 90.0, seed);
                    let (s, h) = speck(x, y, 160.0, 0.35, seed);
                    let base = mul(tone, 0.9 + 0.2 * n);
                    lit(
                        mix(base, mul(tone, if h < 0.5 { 0.6 } else { 1.35 }), s * 0.7),
                        t,
                        0.15,
                    )
                }
                Fill::Jam(tone) => {
                    let n = noise(x * 40.0, y * 40.0, seed);
                    let (s, _) = speck(x, y, 70.0, 0.25, seed);
                    lit(
                        mix(mul(tone, 0.8 + 0.3 * n), mul(tone, 0.5), s * 0.6),
                        t,
                        0.45,
                    )
                }
                Fill::Pieces(liquid, _, _) => lit(liquid, t, 0.3),
            }
        },
    );
    if let Fill::Pieces(_, tone, piece) = fill {
        let count = match piece {
            Piece::Slice => 9,
            Piece::Dot => 40,
            Piece::Blob => 12,
        };
        for _ in 0..count {
            let px = cx + r.range(-hw * 0.85, hw * 0.85);
            let py = r.range(y0 + 0.08, y1 - 0.02);
            let sz = match piece {
                Piece::Slice => r.range(0.045, 0.06),
                Piece::Dot => r.range(0.01, 0.015),
                Piece::Blob => r.range(0.03, 0.045),
            };
            let ang = r.range(0.0, 3.0);
            let clip = move |x: f32, y: f32| sd_lathe(x, y, cx, top, y1 - 0.006, k, &inner);
            match piece {
                Piece::Slice => {
                    c.fill(
                        bb(px, py, sz, sz),
                        |x, y| sd_circle(x, y, px, py, sz).max(clip(x, y)),
                        |x, y| {
                            let (dx, dy) = (x - px, y - py);
                            let rr = len(dx, dy) / sz;
                            let seg = (dy.atan2(dx) * 4.0 + ang).sin().abs();
                            if rr > 0.86 {
                                hex(0xD9A520)
                            } else if rr > 0.78 || seg < 0.12 {
                                hex(0xF6EBB0)
                            } else {
                                mul(tone, 0.95 + 0.1 * seg)
                            }
                        },
                    );
                }
                Piece::Dot => c.fill(
                    bb(px, py, sz, sz),
                    |x, y| sd_circle(x, y, px, py, sz).max(clip(x, y)),
                    |x, y| ball(tone, (x - px) / sz, (y - py) / sz, 0.4),
                ),
                Piece::Blob => c.fill(
                    bb(px, py, sz * 1.4, sz * 1.4),
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        sd_ellipse(u, v, 0.0, 0.0, sz * 1.3, sz * 0.75).max(clip(x, y))
                    },
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        ball(tone, u / (sz * 1.3), v / (sz * 0.75), 0.6)
                    },
                ),
            }
        }
    }
    // Glass over the contents.
    c.draw(
        area,
        0.0,
        |x, y| sd_lathe(x, y, cx, y0, y1, k, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            let edge = smoothstep(0.75, 1.0, t.abs());
            with(lit([0.95, 0.97, 0.96], t, 0.9), 0.08 + 0.3 * edge)
        },
    );
    let hx = cx - hw * 0.65;
    c.draw(
        bb(hx, (y0 + y1) / 2.0, 0.02, (y1 - y0) / 2.0),
        0.0,
        |x, y| sd_segment(x, y, (hx, y0 + 0.08), (hx, y1 - 0.07)) - 0.009,
        |_, _| [1.0, 1.0, 1.0, 0.45],
    );
    // Label.
    let label = hex(r.pick(&LABELS[..5]));
    let ink = hex(r.pick(&INKS));
    let ly = (y0 + y1) / 2.0 + 0.05;
    let lh = 0.075;
    c.fill(
        bb(cx, ly, hw + 0.01, lh + 0.01),
        |x, y| sd_box(x, y, cx, ly, hw * 0.72, lh, 0.012),
        |x, _| lit(label, (x - cx) / hw, 0.1),
    );
    c.solid(
        bb(cx, ly, hw, lh),
        |x, y| (sd_box(x, y, cx, ly, hw * 0.64, lh * 0.82, 0.01)).abs() - 0.0025,
        ink,
    );
    emblem_at(c, emblem, cx, ly, lh * 0.55, ink);
    // Lid: a gingham cloth tied with a string, or a metal lid.
    if r.f() < 0.6 {
        let cloth = hex(r.pick(&[0xB3282D, 0x2F6B3A, 0x2B4F8C, 0xC07A1A]));
        let (ty, by) = (y0 - 0.06, y0 + 0.065);
        c.fill(
            bb(cx, y0, hw + 0.06, 0.1),
            |x, y| {
                let t = ((y - ty) / (by - ty)).clamp(0.0, 1.0);
                let half = neck + 0.01 + (hw + 0.035 - neck) * t;
                let zig = 0.012 * (2.0 * (fract((x - cx) * 30.0) - 0.5).abs());
                let top = sd_ellipse(x, y, cx, ty + 0.02, neck + 0.01, 0.03);
                ((x - cx).abs() - half)
                    .max(y - by - zig)
                    .max(ty + 0.02 - y)
                    .min(top)
            },
            |x, y| {
                let a = fract((x - cx) * 28.0 + 0.25) < 0.5;
                let b = fract(y * 28.0) < 0.5;
                let base = match (a, b) {
                    (true, true) => cloth,
                    (true, false) | (false, true) => mix(cloth, [1.0, 1.0, 1.0], 0.55),
                    (false, false) => [0.98, 0.97, 0.95],
                };
                let fold = 1.0
                    - 0.12
                        * (0.5 + 0.5 * ((x - cx) * 70.0).sin())
                        * smoothstep(y0 - 0.02, y0 + 0.06, y);
                mul(lit(base, (x - cx) / (hw + 0.04), 0.1), fold)
            },
        );
        c.fill(
            bb(cx, y0 + 0.01, neck + 0.03, 0.01),
            |x, y| sd_box(x, y, cx, y0 + 0.012, neck + 0.018, 0.005, 0.004),
            |x, _| lit(hex(0xC9A66B), (x - cx) / (neck + 0.02), 0.3),
        );
    } else {
        let lid = hex(r.pick(&[0xB08D3C, 0x2A2A2A, 0xC9C9C9, 0x8A2A2A]));
        c.fill(
            bb(cx, y0 - 0.02, neck + 0.03, 0.05),
            |x, y| {
                sd_box(x, y, cx, y0 - 0.005, neck + 0.012, 0.03, 0.01).min(sd_ellipse(
                    x,
                    y,
                    cx,
                    y0 - 0.035,
                    neck + 0.012,
                    0.02,
                ))
            },
            |x, y| {
                let ridge = if y > y0 - 0.03 {
                    1.0 - 0.08 * (0.5 + 0.5 * ((x - cx) * 260.0).sin())
                } else {
                    1.1
                };
                mul(lit(lid, (x - cx) / (neck + 0.012), 0.7), ridge)
            },
        );
    }
}

fn dipper(c: &mut Canvas, r: &mut Rng) {
    let wood = hex(0xB9834A);
    let (ax, ay) = (0.66, 0.84);
    let (bx, by) = (0.9, 0.62 + r.range(-0.03, 0.03));
    c.shadow(0.78, 0.84, 0.13, 0.02, 0.25);
    c.fill(
        [0.6, 0.55, 0.95, 0.9],
        |x, y| sd_segment(x, y, (ax, ay), (bx, by)) - 0.009,
        |x, y| {
            let (u, _) = local(x, y, ax, ay, 0.0);
            mul(wood, 0.95 + 0.1 * (u * 200.0).sin())
        },
    );
    let ang = (by - ay).atan2(bx - ax);
    for k in 0..5 {
        let t = k as f32 * 0.022;
        let (px, py) = (ax + t * ang.cos() * 1.0, ay + t * ang.sin());
        c.fill(
            bb(px, py, 0.05, 0.05),
            |x, y| {
                let (u, v) = local(x, y, px, py, ang);
                sd_ellipse(u, v, 0.0, 0.0, 0.01, 0.034 - (k as f32 - 2.0).abs() * 0.004)
            },
            |x, y| {
                let (_, v) = local(x, y, px, py, ang);
                lit(mul(wood, 0.9), v / 0.034, 0.3)
            },
        );
    }
}

fn nuts_beside(c: &mut Canvas, r: &mut Rng, tone: Rgb, size: f32) {
    let n = 2 + (r.next() % 2) as usize;
    for k in 0..n {
        let px = 0.7 + k as f32 * size * 1.5 + r.range(-0.01, 0.01);
        let py = 0.8 + r.range(0.0, 0.05) - (k % 2) as f32 * 0.02;
        let ang = r.range(-0.8, 0.8);
        let (rx, ry) = (size * 0.7, size * 0.48);
        c.shadow(px + 0.01, py + ry * 0.7, rx, ry * 0.5, 0.3);
        let tone = mul(tone, r.range(0.85, 1.1));
        c.fill(
            bb(px, py, rx, rx),
            |x, y| {
                let (u, v) = local(x, y, px, py, ang);
                sd_ellipse(u, v, 0.0, 0.0, rx, ry)
            },
            |x, y| {
                let (u, v) = local(x, y, px, py, ang);
                let n = noise(u * 300.0, v * 60.0, 7);
                mul(
                    ball(tone, (x - px) / rx, (y - py) / rx, 0.4),
                    0.85 + 0.25 * n,
                )
            },
        );
    }
}

fn olive_branch(c: &mut Canvas, r: &mut Rng) {
    let (ax, ay) = (0.6, 0.86);
    let (bx, by) = (0.93, 0.74);
    let stem = hex(0x6B5A3A);
    c.solid(
        [0.55, 0.65, 0.97, 0.9],
        |x, y| sd_segment(x, y, (ax, ay), (bx, by)) - 0.004,
        stem,
    );
    let leaf = hex(0x5E7A3A);
    for k in 0..6 {
        let t = 0.12 + k as f32 * 0.15;
        let (px, py) = (ax + (bx - ax) * t, ay + (by - ay) * t);
        let side = if k % 2 == 0 { 1.0 } else { -1.0 };
        let ang: f32 = -0.35 + side * 0.9;
        let (lx, ly) = (px + 0.035 * ang.cos(), py + 0.035 * ang.sin());
        c.fill(
            bb(lx, ly, 0.05, 0.05),
            |x, y| {
                let (u, v) = local(x, y, lx, ly, ang);
                sd_ellipse(u, v, 0.0, 0.0, 0.04, 0.011)
            },
            |x, y| {
                let (_, v) = local(x, y, lx, ly, ang);
                mix(leaf, hex(0x9DB07A), smoothstep(0.0, 0.011, v) * 0.6)
            },
        );
    }
    let olive = hex(r.pick(&[0x7D8B30, 0x3A2C2E, 0x6A3A44]));
    for (ox, oy) in [(0.7, 0.87), (0.75, 0.86)] {
        c.fill(
            bb(ox, oy, 0.03, 0.03),
            |x, y| sd_ellipse(x, y, ox, oy, 0.022, 0.017),
            |x, y| ball(olive, (x - ox) / 0.022, (y - oy) / 0.017, 0.8),
        );
    }
}

fn petals(c: &mut Canvas, r: &mut Rng, blossom: bool) {
    for k in 0..3 {
        let px = 0.68 + k as f32 * 0.08 + r.range(-0.01, 0.01);
        let py = 0.79 + r.range(0.0, 0.08);
        let sz = r.range(0.025, 0.035);
        let (tone, n) = if blossom {
            (hex(0xFBF8F0), 5.0)
        } else {
            (hex(0xD9607A), 6.0)
        };
        let turn = r.range(0.0, 2.0);
        c.shadow(px + 0.005, py + 0.01, sz * 1.1, sz * 0.4, 0.25);
        c.fill(
            bb(px, py, sz * 1.5, sz * 1.5),
            |x, y| {
                let (dx, dy) = (x - px, (y - py) * 1.5);
                let a = dy.atan2(dx) + turn;
                len(dx, dy) - sz * (0.6 + 0.4 * (a * n / 2.0).cos().abs())
            },
            |x, y| {
                let d = len(x - px, (y - py) * 1.5) / sz;
                mul(tone, 0.75 + 0.3 * d.min(1.0))
            },
        );
        let heart = if blossom {
            hex(0xE8C54A)
        } else {
            hex(0x9E2E48)
        };
        c.solid(
            bb(px, py, sz, sz),
            |x, y| sd_ellipse(x, y, px, py, sz * 0.25, sz * 0.17),
            heart,
        );
    }
}

fn leaves_beside(c: &mut Canvas, r: &mut Rng, tone: Rgb) {
    for k in 0..4 {
        let px = 0.74 + k as f32 * 0.045 + r.range(-0.01, 0.01);
        let py = 0.83 + r.range(-0.02, 0.04);
        let ang = r.range(-1.2, 1.2);
        let sz = r.range(0.025, 0.035);
        c.fill(
            bb(px, py, sz * 1.2, sz * 1.2),
            |x, y| {
                let (u, v) = local(x, y, px, py, ang);
                sd_ellipse(u, v, 0.0, 0.0, sz, sz * 0.4)
            },
            |x, y| {
                let (u, v) = local(x, y, px, py, ang);
                let vein = smoothstep(0.003, 0.0, v.abs()) * smoothstep(sz, 0.0, u.abs());
                mix(
                    mul(tone, 0.95 + 0.2 * (v / sz)),
                    mul(tone, 1.35),
                    vein * 0.6,
                )
            },
        );
    }
}

// --- Saffron -------------------------------------------------------------------------------------

fn thread(
    c: &mut Canvas,
    px: f32,
    py: f32,
    ang: f32,
    length: f32,
    tone: Rgb,
    clip: &impl Fn(f32, f32) -> f32,
) {
    let (dx, dy) = (ang.cos() * length / 2.0, ang.sin() * length / 2.0);
    let (a, b) = ((px - dx, py - dy), (px + dx, py + dy));
    c.fill(
        bb(px, py, length / 2.0 + 0.01, length / 2.0 + 0.01),
        |x, y| {
            let (u, _) = local(x, y, px, py, ang);
            let t = (u / length + 0.5).clamp(0.0, 1.0);
            (sd_segment(x, y, a, b) - 0.0025 - 0.004 * t).max(clip(x, y))
        },
        |x, y| {
            let (u, _) = local(x, y, px, py, ang);
            let t = (u / length + 0.5).clamp(0.0, 1.0);
            mix(tone, hex(0xE8A13A), smoothstep(0.1, 0.0, t) * 0.8)
        },
    );
}

fn saffron(c: &mut Canvas, r: &mut Rng) {
    let reds = [hex(0xA3121B), hex(0xC21E1E), hex(0x8C0F16), hex(0xB8281A)];
    let cx = r.range(0.4, 0.45);
    let (y0, y1, hw) = (0.48, 0.78, 0.12);
    let w = move |y: f32| {
        let t = ((y - y0) / 0.04).clamp(0.0, 1.0);
        hw - 0.015 + 0.015 * (1.0 - (1.0 - t) * (1.0 - t)).sqrt()
    };
    let k = 0.22;
    c.shadow(cx + 0.03, y1 + 0.01, hw * 1.3, 0.035, 0.35);
    let area = bb(cx, (y0 + y1) / 2.0, hw + 0.02, 0.2);
    c.draw(
        area,
        0.0,
        |x, y| sd_lathe(x, y, cx, y0, y1, k, &w),
        |x, y| with(lit([0.93, 0.95, 0.95], (x - cx) / w(y), 0.6), 0.35),
    );
    let inner = move |y: f32| w(y) - 0.008;
    let level = y0 + 0.07;
    let clip = move |x: f32, y: f32| sd_lathe(x, y, cx, level, y1 - 0.006, k, &inner);
    c.fill(area, clip, |x, y| {
        lit(mul(reds[2], 0.6), (x - cx) / hw, 0.1)
            .map(|v| v * (0.8 + 0.2 * noise(x * 200.0, y * 200.0, 3)))
    });
    for _ in 0..90 {
        let (px, py) = (cx + r.range(-hw, hw), r.range(level, y1 + 0.02));
        thread(
            c,
            px,
            py,
            r.range(0.0, 6.3),
            r.range(0.035, 0.06),
            r.pick(&reds),
            &clip,
        );
    }
    c.draw(
        area,
        0.0,
        |x, y| sd_lathe(x, y, cx, y0, y1, k, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            with([1.0, 1.0, 1.0], 0.05 + 0.35 * smoothstep(0.7, 1.0, t.abs()))
        },
    );
    let hx = cx - hw * 0.6;
    c.draw(
        bb(hx, 0.63, 0.02, 0.15),
        0.0,
        |x, y| sd_segment(x, y, (hx, y0 + 0.07), (hx, y1 - 0.05)) - 0.007,
        |_, _| [1.0, 1.0, 1.0, 0.45],
    );
    // Wooden lid.
    let wood = hex(r.pick(&[0x8A5A2B, 0x6B4423, 0xA8743F]));
    c.fill(
        bb(cx, y0 - 0.02, hw + 0.02, 0.05),
        |x, y| sd_box(x, y, cx, y0 - 0.01, hw - 0.005, 0.03, 0.012),
        |x, y| {
            mul(
                lit(wood, (x - cx) / hw, 0.3),
                0.92 + 0.12 * (noise(x * 20.0, y * 300.0, 5)),
            )
        },
    );
    // Threads on the table and a crocus.
    let free = |_: f32, _: f32| -1.0;
    for _ in 0..14 {
        let (px, py) = (r.range(0.55, 0.85), r.range(0.8, 0.9));
        thread(
            c,
            px,
            py,
            r.range(0.0, 6.3),
            r.range(0.04, 0.06),
            r.pick(&reds),
            &free,
        );
    }
    let (fx, fy) = (0.74, r.range(0.52, 0.6));
    let stalk = hex(0x5F8A3A);
    c.solid(
        [fx - 0.02, fy, fx + 0.02, 0.86],
        |x, y| sd_segment(x, y, (fx, fy + 0.05), (fx - 0.01, 0.85)) - 0.006,
        stalk,
    );
    for (lx, a) in [(-0.03, -0.35), (0.025, 0.3)] {
        c.solid(
            [fx - 0.08, fy, fx + 0.08, 0.87],
            |x, y| {
                let (u, v) = local(x, y, fx + lx, 0.76, a + 1.57);
                sd_ellipse(u, v, 0.0, 0.0, 0.1, 0.006)
            },
            mul(stalk, 0.9),
        );
    }
    let lilac = hex(r.pick(&[0x8E6BB8, 0x9A78C4, 0x7D5AA8]));
    for (k, back) in [
        (0, true),
        (1, true),
        (2, true),
        (3, false),
        (4, false),
        (5, false),
    ] {
        let a = -1.57 + (k as f32 - 2.5) * 0.32;
        let (px, py) = (fx + a.cos() * 0.035, fy + 0.0 + a.sin() * 0.035 + 0.03);
        let tone = if back { mul(lilac, 0.8) } else { lilac };
        c.fill(
            bb(px, py, 0.05, 0.06),
            |x, y| {
                let (u, v) = local(x, y, px, py, a);
                sd_ellipse(u, v, 0.0, 0.0, 0.048, 0.022)
            },
            |x, y| {
                let (u, v) = local(x, y, px, py, a);
                let vein = smoothstep(0.004, 0.0, v.abs()) * 0.25;
                mix(
                    mul(tone, 0.85 + 0.3 * (1.0 - u.abs() / 0.048)),
                    hex(0x5A3A7A),
                    vein,
                )
            },
        );
    }
    let stigma = reds[1];
    for dx in [-0.012, 0.0, 0.012] {
        c.solid(
            bb(fx, fy, 0.04, 0.06),
            |x, y| sd_segment(x, y, (fx, fy + 0.04), (fx + dx * 2.2, fy - 0.035)) - 0.0035,
            stigma,
        );
    }
}

// --- Bowls, heaps, plates -----------------------------------------------------------------------

enum Heap {
    Powder(Rgb),
    Grains(Rgb),
    Leaves(Rgb),
    Paste(Rgb),
    Pieces(Vec<Rgb>),
}

/// A bowl's colour and painted band.
fn bowl_look(r: &mut Rng) -> (Rgb, Rgb) {
    r.pick(&[
        (hex(0xB5562E), hex(0xE9D8B0)),
        (hex(0x2E5E8C), hex(0xF1E9D8)),
        (hex(0x2F6B4A), hex(0xE8C54A)),
        (hex(0xE9E0CF), hex(0x2E5E8C)),
        (hex(0x8A5A2B), hex(0xD9B27A)),
    ])
}

fn bowl(c: &mut Canvas, r: &mut Rng, heap: Heap) {
    let cx = 0.5;
    let cy = 0.6;
    let rx = r.range(0.3, 0.33);
    let ry = rx * 0.24;
    let depth = 0.2;
    let (body, band) = bowl_look(r);
    c.shadow(cx + 0.03, cy + depth + 0.01, rx * 0.85, 0.04, 0.4);
    // Outer body: the lower half of an ellipse below the rim.
    c.fill(
        bb(cx, cy + depth / 2.0, rx + 0.01, depth / 2.0 + 0.05),
        |x, y| {
            sd_ellipse(x, y, cx, cy, rx, depth)
                .max(cy - y)
                .min(sd_ellipse(x, y, cx, cy, rx, ry))
        },
        |x, y| {
            let t = (x - cx) / rx;
            let v = (y - cy) / depth;
            let stripe = (v - 0.35).abs() < 0.06 || (v - 0.5).abs() < 0.02;
            let base = if stripe { band } else { body };
            lit(base, t, 0.5)
        },
    );
    // Foot.
    c.fill(
        bb(cx, cy + depth, rx * 0.4, 0.03),
        |x, y| sd_box(x, y, cx, cy + depth - 0.005, rx * 0.32, 0.018, 0.008),
        |x, _| lit(mul(body, 0.85), (x - cx) / (rx * 0.32), 0.2),
    );
    // Rim and the dark inside.
    c.fill(
        bb(cx, cy, rx + 0.01, ry + 0.01),
        |x, y| sd_ellipse(x, y, cx, cy, rx, ry),
        |x, _| lit(mix(body, [1.0, 1.0, 1.0], 0.15), (x - cx) / rx, 0.3),
    );
    let irx = rx - 0.014;
    let iry = ry - 0.01;
    c.solid(
        bb(cx, cy, irx, iry),
        |x, y| sd_ellipse(x, y, cx, cy, irx, iry),
        mul(body, 0.45),
    );
    // The heap: a dome rising above the rim, kept inside the inner rim below it.
    let seed = r.seed();
    let height = match heap {
        Heap::Paste(_) => 0.03,
        Heap::Pieces(_) => 0.0,
        _ => r.range(0.1, 0.14),
    };
    let dome = move |x: f32, y: f32| {
        sd_ellipse(x, y, cx, cy, irx, height.max(0.01))
            .max(y - cy)
            .min(sd_ellipse(x, y, cx, cy, irx, iry))
    };
    match heap {
        Heap::Powder(tone) | Heap::Grains(tone) | Heap::Leaves(tone) | Heap::Paste(tone) => {
            let kind = match heap {
                Heap::Powder(_) => 0,
                Heap::Grains(_) => 1,
                Heap::Leaves(_) => 2,
                _ => 3,
            };
            c.fill(
                bb(cx, cy - height / 2.0, irx, height / 2.0 + iry),
                dome,
                |x, y| {
                    let nx = (x - cx) / irx;
                    let ny = if y < cy {
                        (y - cy) / height.max(0.01)
                    } else {
                        0.0
                    };
                    let shade = ball(
                        tone,
                        nx * 0.9,
                        ny * 0.8 - 0.1,
                        if kind == 3 { 0.6 } else { 0.05 },
                    );
                    match kind {
                        0 => {
                            let (s, h) = speck(x, y, 220.0, 0.3, seed);
                            mix(shade, mul(shade, if h < 0.5 { 0.75 } else { 1.2 }), s)
                        }
                        1 => {
                            let (s, h) = speck(x, y, 170.0, 0.42, seed);
                            mix(mul(shade, 0.82), mul(shade, 1.0 + 0.2 * h), s)
                        }
                        2 => {
                            let n = noise(x * 120.0, y * 120.0, seed);
                            let (s, h) = speck(x, y, 90.0, 0.45, seed);
                            let leaf = mul(shade, 0.7 + 0.5 * n);
                            mix(leaf, mul(shade, 0.6 + 0.8 * h), s * 0.7)
                        }
                        _ => {
                            let n = noise(x * 30.0, y * 30.0, seed);
                            mul(shade, 0.9 + 0.2 * n)
                        }
                    }
                },
            );
        }
        Heap::Pieces(tones) => {
            let mut items = Vec::new();
            for row in 0..4 {
                let cols = 7 - row;
                for k in 0..cols {
                    let px =
                        cx + (k as f32 - (cols - 1) as f32 / 2.0) * 0.07 + r.range(-0.01, 0.01);
                    let py = cy + 0.02 - row as f32 * 0.035 + r.range(-0.008, 0.008);
                    items.push((px, py, r.range(-0.6, 0.6), r.pick(&tones)));
                }
            }
            for (px, py, ang, tone) in items {
                let (ex, ey) = (0.032, 0.024);
                c.fill(
                    bb(px, py, 0.04, 0.04),
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        sd_ellipse(u, v, 0.0, 0.0, ex, ey).max(sd_ellipse(
                            x,
                            y,
                            cx,
                            cy - 0.05,
                            irx,
                            0.2,
                        ))
                    },
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        ball(tone, u / ex, v / ey, 0.9)
                    },
                );
            }
        }
    }
    // The front lip over the heap.
    c.fill(
        bb(cx, cy + ry, rx + 0.01, 0.02),
        |x, y| {
            (sd_ellipse(x, y, cx, cy, rx, ry).max(-sd_ellipse(x, y, cx, cy, irx, iry))).max(cy - y)
        },
        |x, _| lit(mix(body, [1.0, 1.0, 1.0], 0.2), (x - cx) / rx, 0.4),
    );
}

fn wheat(c: &mut Canvas, r: &mut Rng) {
    let straw = hex(0xD4A94E);
    let base = (0.72, 0.88);
    for k in 0..3 {
        let ang = -1.0 + k as f32 * 0.16 + r.range(-0.05, 0.05);
        let tip = (base.0 + 0.26 * ang.cos(), base.1 + 0.26 * ang.sin());
        c.solid(
            [0.6, 0.5, 0.99, 0.92],
            |x, y| sd_segment(x, y, base, tip) - 0.003,
            mul(straw, 0.9),
        );
        for g in 0..7 {
            let t = 0.55 + g as f32 * 0.065;
            for side in [-1.0f32, 1.0] {
                let (px, py) = (base.0 + 0.26 * t * ang.cos(), base.1 + 0.26 * t * ang.sin());
                let a = ang + side * 0.45;
                let (gx, gy) = (px + 0.012 * a.cos(), py + 0.012 * a.sin());
                c.fill(
                    bb(gx, gy, 0.025, 0.025),
                    |x, y| {
                        let (u, v) = local(x, y, gx, gy, a);
                        sd_ellipse(u, v, 0.0, 0.0, 0.017, 0.008)
                    },
                    |x, y| {
                        let (u, v) = local(x, y, gx, gy, a);
                        ball(straw, u / 0.017, v / 0.008, 0.3)
                    },
                );
            }
        }
    }
}

enum Pile {
    Dates(Rgb),
    Almonds,
    Walnuts,
    Figs,
    Mixed,
}

fn plate_of(c: &mut Canvas, r: &mut Rng, pile: Pile) {
    let (cx, cy, rx, ry) = (0.5, 0.7, 0.38, 0.12);
    let (body, band) = bowl_look(r);
    c.shadow(cx + 0.02, cy + 0.05, rx * 0.95, 0.05, 0.4);
    c.fill(
        bb(cx, cy + 0.02, rx + 0.01, ry + 0.04),
        |x, y| sd_ellipse(x, y, cx, cy + 0.02, rx, ry),
        |x, _| lit(mul(body, 0.8), (x - cx) / rx, 0.3),
    );
    c.fill(
        bb(cx, cy, rx + 0.01, ry + 0.01),
        |x, y| sd_ellipse(x, y, cx, cy, rx, ry),
        |x, y| {
            let d = len((x - cx) / rx, (y - cy) / ry);
            let base = if (d - 0.86).abs() < 0.035 { band } else { body };
            mul(base, if d < 0.75 { 0.92 } else { 1.02 })
        },
    );
    let seed = r.seed();
    let mut items = Vec::new();
    let rows = [6, 5, 4, 3];
    for (row, &cols) in rows.iter().enumerate() {
        for k in 0..cols {
            let px = cx + (k as f32 - (cols - 1) as f32 / 2.0) * 0.075 + r.range(-0.012, 0.012);
            let py = cy + 0.03 - row as f32 * 0.045 + r.range(-0.01, 0.01);
            let kind = match pile {
                Pile::Mixed => (r.next() % 3) as u8,
                Pile::Almonds => 0,
                Pile::Walnuts => 1,
                Pile::Figs => 2,
                Pile::Dates(_) => 3,
            };
            items.push((px, py, r.range(-0.7, 0.7), kind, r.range(0.88, 1.1)));
        }
    }
    for (px, py, ang, kind, tint) in items {
        c.shadow(px + 0.008, py + 0.02, 0.035, 0.012, 0.25);
        match kind {
            0 => {
                let tone = mul(hex(0xB07A4A), tint);
                c.fill(
                    bb(px, py, 0.045, 0.045),
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        let w = 0.021 * (1.0 - 0.45 * (u / 0.04 + 0.5).clamp(0.0, 1.0).powi(2));
                        sd_ellipse(u, v, 0.0, 0.0, 0.04, w.max(0.006))
                    },
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        let n = noise(u * 400.0, v * 120.0, seed);
                        mul(ball(tone, u / 0.04, v / 0.02, 0.2), 0.85 + 0.25 * n)
                    },
                );
            }
            1 => {
                let tone = mul(hex(0xB58A5A), tint);
                c.fill(
                    bb(px, py, 0.04, 0.04),
                    |x, y| sd_ellipse(x, y, px, py, 0.034, 0.03),
                    |x, y| {
                        let (dx, dy) = (x - px, y - py);
                        let n = noise(dx * 250.0, dy * 250.0, seed);
                        let seam = smoothstep(0.003, 0.0, dx.abs()) * 0.3;
                        mul(
                            ball(tone, dx / 0.034, dy / 0.03, 0.2),
                            0.75 + 0.4 * n - seam,
                        )
                    },
                );
            }
            2 => {
                let tone = mul(hex(0x9A7050), tint);
                c.fill(
                    bb(px, py, 0.045, 0.045),
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang * 0.3);
                        sd_ellipse(u, v, 0.0, 0.0, 0.038, 0.03)
                            .min(sd_segment(u, v, (0.0, -0.03), (0.004, -0.04)) - 0.004)
                    },
                    |x, y| {
                        let n = noise(x * 200.0, y * 200.0, seed);
                        mul(
                            ball(tone, (x - px) / 0.038, (y - py) / 0.03, 0.2),
                            0.8 + 0.3 * n,
                        )
                    },
                );
            }
            _ => {
                let Pile::Dates(tone) = pile else { continue };
                let tone = mul(tone, tint);
                c.fill(
                    bb(px, py, 0.05, 0.05),
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        sd_ellipse(u, v, 0.0, 0.0, 0.042, 0.022)
                    },
                    |x, y| {
                        let (u, v) = local(x, y, px, py, ang);
                        let wrinkle = 0.9 + 0.12 * noise(u * 300.0, v * 80.0, seed);
                        mul(ball(tone, u / 0.042, v / 0.022, 1.0), wrinkle)
                    },
                );
            }
        }
    }
}

// --- Cosmetics -----------------------------------------------------------------------------------

fn soap(c: &mut Canvas, r: &mut Rng) {
    let tones = [0x8E9A5A, 0xE6D3B3, 0xD9A3A8, 0xB9A07A, 0xF1EBDD, 0x9C6B4E];
    let seed = r.seed();
    let bars = [(0.34, 0.58, -0.12), (0.6, 0.7, 0.06)];
    for (k, &(cx, cy, ang)) in bars.iter().enumerate() {
        let tone = hex(r.pick(&tones));
        let (hw, hh) = (0.2, 0.11);
        c.shadow(cx + 0.02, cy + 0.09, hw * 1.05, 0.04, 0.35);
        // Side, then top face.
        c.fill(
            bb(cx, cy + 0.03, 0.27, 0.2),
            |x, y| {
                let (u, v) = local(x, y, cx, cy + 0.04, ang);
                sd_box(u, v, 0.0, 0.0, hw, hh, 0.06)
            },
            |x, y| {
                let (u, _) = local(x, y, cx, cy, ang);
                lit(mul(tone, 0.72), u / hw * 0.5, 0.1)
            },
        );
        c.fill(
            bb(cx, cy, 0.27, 0.2),
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                sd_box(u, v, 0.0, 0.0, hw, hh, 0.06)
            },
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                let n = noise(x * 60.0, y * 60.0, seed + k as u32);
                let rim = smoothstep(-0.03, 0.0, sd_box(u, v, 0.0, 0.0, hw, hh, 0.06));
                mul(
                    ball(tone, u / hw * 0.5, v / hh * 0.5, 0.15),
                    (0.96 + 0.08 * n) * (1.0 - 0.12 * rim),
                )
            },
        );
        // Stamped oval.
        c.draw(
            bb(cx, cy, 0.2, 0.2),
            0.0,
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                sd_ellipse(u, v, 0.0, 0.0, hw * 0.55, hh * 0.55).abs() - 0.004
            },
            |_, _| with(mul(tone, 0.7), 0.7),
        );
        c.draw(
            bb(cx, cy, 0.2, 0.2),
            0.0,
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                sd_ellipse(u, v, 0.0, 0.0, hw * 0.25, hh * 0.22)
            },
            |_, _| with(mul(tone, 0.78), 0.5),
        );
    }
}

fn cream_jar(c: &mut Canvas, r: &mut Rng) {
    let cx = 0.47;
    let (y0, y1, hw) = (0.55, 0.78, 0.2);
    let body = hex(r.pick(&[0xF4EFE6, 0x2F3B4A, 0xE9D7C9, 0xDCE8E0]));
    let lid = hex(r.pick(&[0xB08D3C, 0xC9C9C9, 0x7A4A2A]));
    let k = 0.22;
    c.shadow(cx + 0.03, y1 + 0.01, hw * 1.2, 0.04, 0.35);
    let w = move |_: f32| hw;
    c.fill(
        bb(cx, 0.68, hw + 0.01, 0.2),
        |x, y| sd_lathe(x, y, cx, y0, y1, k, &w),
        |x, _| lit(body, (x - cx) / hw, 0.6),
    );
    let ink = if body[0] < 0.5 {
        hex(0xE9D8A6)
    } else {
        hex(r.pick(&INKS))
    };
    c.solid(
        bb(cx, 0.69, hw, 0.05),
        |x, y| sd_box(x, y, cx, 0.69, hw * 0.7, 0.002, 0.001),
        ink,
    );
    emblem_at(c, Emblem::Drop, cx, 0.735, 0.02, ink);
    let lw = move |_: f32| hw + 0.008;
    c.fill(
        bb(cx, y0 - 0.02, hw + 0.02, 0.08),
        |x, y| {
            sd_lathe(x, y, cx, y0 - 0.07, y0 + 0.02, k, &lw).min(sd_ellipse(
                x,
                y,
                cx,
                y0 - 0.07,
                hw + 0.008,
                (hw + 0.008) * k,
            ))
        },
        |x, y| {
            let t = (x - cx) / (hw + 0.008);
            if y < y0 - 0.07 + (hw * k) * (1.0 - t * t).max(0.0).sqrt() * 0.0
                && sd_ellipse(x, y, cx, y0 - 0.07, hw + 0.008, (hw + 0.008) * k) < 0.0
            {
                mul(lit(lid, t * 0.6, 0.4), 1.15)
            } else {
                lit(lid, t, 0.8)
            }
        },
    );
    c.fill(
        bb(cx, y0 - 0.07, hw + 0.01, 0.06),
        |x, y| sd_ellipse(x, y, cx, y0 - 0.07, hw + 0.008, (hw + 0.008) * k),
        |x, y| mul(ball(lid, (x - cx) / (hw * 2.0), (y - y0) / 0.2, 0.3), 1.2),
    );
    // A dab of cream on a leaf beside the jar.
    let (px, py) = (0.78, 0.82);
    c.shadow(px + 0.01, py + 0.02, 0.07, 0.015, 0.3);
    c.fill(
        bb(px, py, 0.08, 0.04),
        |x, y| {
            let (u, v) = local(x, y, px, py, -0.15);
            sd_ellipse(u, v, 0.0, 0.0, 0.07, 0.022)
        },
        |x, y| ball(hex(0x6E8B4A), (x - px) / 0.07, (y - py) / 0.03, 0.3),
    );
    c.fill(
        bb(px, py - 0.015, 0.04, 0.04),
        |x, y| sd_ellipse(x, y, px, py - 0.012, 0.032, 0.02),
        |x, y| {
            ball(
                hex(0xFBF6EC),
                (x - px) / 0.032,
                (y - py + 0.012) / 0.02,
                0.6,
            )
        },
    );
}

// --- Rugs and textiles ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum RugStyle {
    Lattice,
    Azilal,
    Rag,
    Bands,
    Medallion,
}

fn rug(c: &mut Canvas, r: &mut Rng, style: RugStyle) {
    let (cx, cy, hw, hh) = (0.5, 0.47, 0.29, 0.37);
    let seed = r.seed();
    let palettes: &[[u32; 5]] = match style {
        RugStyle::Lattice => &[
            [0xF0E8D6, 0x2E2420, 0x2E2420, 0x6B5A4A, 0xF0E8D6],
            [0xF2ECDD, 0x3A3A3A, 0x1F1F1F, 0x8A7A66, 0xF2ECDD],
        ],
        RugStyle::Azilal => &[
            [0xF3EDE0, 0xD94F6A, 0xF2A03D, 0x3A6EA5, 0x2E2420],
            [0xF5EFE3, 0x8C4FB5, 0xE86A3A, 0x3FA37A, 0x2E2420],
        ],
        RugStyle::Rag => &[
            [0xE0456B, 0xF2B33D, 0x3FA3C4, 0x7A4FB5, 0xF2EDE4],
            [0xE86A3A, 0x2E8A7A, 0xF2D04D, 0xC23B5A, 0x2A2A5A],
        ],
        RugStyle::Bands => &[
            [0xA8231E, 0x1E1A1A, 0xF0E6D2, 0xE8A13A, 0x2E4A7A],
            [0x8A2A3A, 0xF0E6D2, 0x2A2020, 0xC9782A, 0x3A6B4A],
        ],
        RugStyle::Medallion => &[
            [0xB3261E, 0xE88A2A, 0x2A1E1A, 0xF0E2C8, 0x3A5A8A],
            [0x7A1E2A, 0xD9A03A, 0x1E2A3A, 0xF2E6CE, 0x2E6B5A],
        ],
    };
    let pal: Vec<Rgb> = r.pick(palettes).iter().map(|&v| hex(v)).collect();
    let wool = pal[0];
    // Shadow and fringes.
    c.draw(
        bb(cx + 0.015, cy + 0.02, hw + 0.05, hh + 0.06),
        0.02,
        |x, y| sd_box(x, y, cx + 0.015, cy + 0.02, hw, hh + 0.02, 0.01),
        |_, _| [0.2, 0.14, 0.1, 0.35],
    );
    let fringe = mix(hex(0xF2EADA), wool, 0.2);
    for end in [-1.0f32, 1.0] {
        let y_edge = cy + end * hh;
        c.fill(
            bb(cx, y_edge + end * 0.03, hw, 0.035),
            |x, y| {
                let strand = (fract((x - cx) * 90.0) - 0.5).abs() / 90.0 - 0.0035;
                let wave = 0.004 * ((x - cx) * 37.0).sin();
                strand.max((x - cx).abs() - hw + 0.01).max(if end > 0.0 {
                    y - y_edge - 0.045 - wave
                } else {
                    y_edge - 0.045 - y + wave
                })
            },
            |_, y| mul(fringe, 0.9 + 0.1 * ((y - y_edge) * end / 0.045)),
        );
    }
    c.fill(
        bb(cx, cy, hw + 0.01, hh + 0.01),
        |x, y| {
            let wobble = 0.004 * (y * 23.0).sin() + 0.003 * (x * 31.0).sin();
            sd_box(x, y, cx, cy, hw + wobble, hh, 0.004)
        },
        |x, y| {
            let (lx, ly) = (x - cx, y - cy);
            let pile = 0.9
                + 0.14 * noise(x * 260.0, y * 260.0, seed)
                + 0.06 * noise(x * 30.0, y * 30.0, seed + 1);
            let edge = (hw - lx.abs()).min(hh - ly.abs());
            let base = match style {
                RugStyle::Lattice => {
                    let wob = 0.25 * noise(x * 12.0, y * 12.0, seed + 2);
                    let s1 = lx / 0.1 + ly / 0.13 + wob;
                    let s2 = lx / 0.1 - ly / 0.13 + wob;
                    let d = (fract(s1) - 0.5).abs().min((fract(s2) - 0.5).abs());
                    let line = smoothstep(0.06, 0.035, (0.5 - d).abs().min(d));
                    let line = line.max(smoothstep(
                        0.06,
                        0.035,
                        (0.5 - (fract(s1) - 0.5).abs()).min(0.5 - (fract(s2) - 0.5).abs()),
                    ));
                    let dot = smoothstep(0.09, 0.06, len(fract(s1) - 0.5, fract(s2) - 0.5));
                    mix(wool, pal[1], line.max(dot) * 0.95)
                }
                RugStyle::Azilal => {
                    let s1 = lx / 0.09 + ly / 0.12;
                    let s2 = lx / 0.09 - ly / 0.12;
                    let (i, j) = (s1.floor() as i32, s2.floor() as i32);
                    let h = hash2(i, j, seed);
                    let inner = (fract(s1) - 0.5).abs().max((fract(s2) - 0.5).abs());
                    let outline = smoothstep(0.05, 0.02, (inner - 0.42).abs());
                    let fill = if h < 0.45 {
                        smoothstep(0.32, 0.28, inner)
                    } else {
                        0.0
                    };
                    let tone = pal[1 + (hash2(i, j, seed + 9) * 3.0) as usize % 3];
                    let base = mix(wool, tone, fill);
                    mix(base, pal[4], outline * 0.9)
                }
                RugStyle::Rag => {
                    let band =
                        ((ly + hh) / 0.035 + 0.8 * noise(x * 8.0, y * 8.0, seed)).floor() as i32;
                    let tone = pal[(hash2(band, 0, seed) * 5.0) as usize % 5];
                    let knot = noise(x * 180.0, y * 180.0, seed + band as u32);
                    mul(tone, 0.82 + 0.3 * knot)
                }
                RugStyle::Bands => {
                    let b = ((ly + hh) / 0.05).floor() as i32;
                    let tone = pal[b.rem_euclid(5) as usize];
                    let v = fract((ly + hh) / 0.05);
                    let dia = (fract(lx / 0.05) - 0.5).abs() * 2.0 + (v - 0.5).abs() * 2.0;
                    if b.rem_euclid(3) == 1 && dia < 0.7 {
                        pal[(b + 2).rem_euclid(5) as usize]
                    } else {
                        tone
                    }
                }
                RugStyle::Medallion => {
                    let dd = lx.abs() / 0.18 + (fract(ly / 0.26 + 0.5) - 0.5).abs() * 2.0;
                    let ring = (dd * 5.0).floor() as i32;
                    let inside = dd < 1.0;
                    if inside {
                        pal[[3, 2, 1, 4, 2][ring.clamp(0, 4) as usize]]
                    } else {
                        let small = (fract(lx / 0.06) - 0.5).abs() + (fract(ly / 0.06) - 0.5).abs();
                        if small < 0.12 { pal[1] } else { wool }
                    }
                }
            };
            let border = if style == RugStyle::Lattice || style == RugStyle::Rag {
                base
            } else if edge < 0.018 {
                pal[2]
            } else if edge < 0.042 {
                let tri = (fract((lx + ly) / 0.03) - 0.5).abs() * 2.0;
                if (edge - 0.018) / 0.024 < tri {
                    pal[3]
                } else {
                    pal[1]
                }
            } else if edge < 0.048 {
                pal[2]
            } else {
                base
            };
            let fold = 1.0 - 0.06 * smoothstep(0.0, 0.01, -(ly - hh * 0.55).abs() + 0.01);
            mul(border, pile * fold)
        },
    );
}

fn blankets(c: &mut Canvas, r: &mut Rng, sequins: bool) {
    let seed = r.seed();
    let stack = [(0.5, 0.74, 0.33), (0.49, 0.6, 0.31), (0.51, 0.46, 0.3)];
    let palettes = [
        [0xF2EBDD, 0xB3261E, 0x2A2A2A],
        [0xE8D9BE, 0x2E4A7A, 0xC9782A],
        [0xF4EFE5, 0x5E7A3A, 0xD94F6A],
        [0x7A1E2A, 0xE8C54A, 0xF2EBDD],
        [0x2E4A5A, 0xE0B27A, 0xF2EBDD],
    ];
    c.shadow(0.52, 0.81, 0.34, 0.03, 0.4);
    for (cx, cy, hw) in stack {
        let pal: Vec<Rgb> = r.pick(&palettes).iter().map(|&v| hex(v)).collect();
        let hh = 0.066;
        let stripe_w = r.range(0.012, 0.025);
        c.fill(
            bb(cx, cy, hw + 0.01, hh + 0.01),
            |x, y| sd_box(x, y, cx, cy, hw, hh, 0.035),
            |x, y| {
                let (lx, ly) = (x - cx, y - cy);
                let k = (lx / stripe_w).floor() as i32;
                let tone = match k.rem_euclid(7) {
                    0 => pal[1],
                    3 => pal[2],
                    _ => pal[0],
                };
                let weave = 0.93 + 0.1 * noise(x * 300.0, y * 120.0, seed);
                let bulge = ball(tone, lx / (hw * 3.0), ly / hh * 0.85, 0.05);
                let mut out = mul(bulge, weave);
                if sequins {
                    let (s, _) = speck(x, y, 60.0, 0.2, seed);
                    out = mix(out, [0.95, 0.95, 0.98], s);
                }
                out
            },
        );
    }
}

fn cushion(c: &mut Canvas, r: &mut Rng) {
    let (cx, cy, hw, hh) = (0.5, 0.52, 0.28, 0.25);
    let cloth = hex(r.pick(&[0xF2ECDF, 0x1E3A5F, 0x7A1E2A, 0x2F5B3A, 0xE9DCC4]));
    let threads: Vec<Rgb> = [
        r.pick(&[0xB3261E, 0x1F4E79, 0xE8A13A, 0x2F6B3A]),
        r.pick(&[0x2A2A2A, 0xD94F6A, 0xE8C54A, 0x6A2446]),
    ]
    .iter()
    .map(|&v| hex(v))
    .collect();
    let seed = r.seed();
    c.shadow(cx + 0.02, cy + hh + 0.01, hw * 1.05, 0.04, 0.4);
    let pillow = move |x: f32, y: f32| {
        let (lx, ly) = ((x - cx) / hw, (y - cy) / hh);
        let pinch = 0.03 * (1.0 - lx * lx) * (ly.abs() - 0.0).min(1.0);
        let pinch_x = 0.03 * (1.0 - ly * ly);
        sd_box(
            x,
            y,
            cx,
            cy,
            hw - pinch * 0.0 - pinch_x * lx.abs().powi(8),
            hh - pinch * ly.abs().powi(8),
            0.07,
        )
    };
    c.fill(bb(cx, cy, hw + 0.02, hh + 0.02), pillow, |x, y| {
        let (lx, ly) = ((x - cx) / hw, (y - cy) / hh);
        let n = 0.95 + 0.08 * noise(x * 400.0, y * 400.0, seed);
        mul(ball(cloth, lx * 0.6, ly * 0.6, 0.05), n)
    });
    // Embroidered eight-pointed star and border.
    let star = move |x: f32, y: f32, s: f32| {
        let a = sd_box(x, y, cx, cy, s, s, 0.004);
        let (u, v) = local(x, y, cx, cy, std::f32::consts::FRAC_PI_4);
        a.min(sd_box(u, v, 0.0, 0.0, s, s, 0.004))
    };
    let stitch = move |x: f32, y: f32| 0.9 + 0.15 * (((x + y) * 900.0).sin() * 0.5 + 0.5);
    c.fill(
        bb(cx, cy, 0.16, 0.16),
        |x, y| star(x, y, 0.1).abs() - 0.007,
        |x, y| mul(threads[0], stitch(x, y)),
    );
    c.fill(
        bb(cx, cy, 0.1, 0.1),
        |x, y| star(x, y, 0.055),
        |x, y| mul(threads[1], stitch(x, y)),
    );
    c.fill(
        bb(cx, cy, 0.05, 0.05),
        |x, y| star(x, y, 0.022),
        |x, y| mul(threads[0], stitch(x, y)),
    );
    for k in 0..8 {
        let a = k as f32 * std::f32::consts::FRAC_PI_4;
        let (px, py) = (cx + 0.16 * a.cos(), cy + 0.16 * a.sin());
        c.fill(
            bb(px, py, 0.02, 0.02),
            |x, y| {
                let (u, v) = local(x, y, px, py, std::f32::consts::FRAC_PI_4);
                sd_box(u, v, 0.0, 0.0, 0.012, 0.012, 0.002)
            },
            |x, y| mul(threads[1], stitch(x, y)),
        );
    }
    c.fill(
        bb(cx, cy, hw, hh),
        |x, y| {
            let inset = sd_box(x, y, cx, cy, hw - 0.035, hh - 0.035, 0.04).abs() - 0.005;
            let (lx, ly) = (x - cx, y - cy);
            let along = if (hw - 0.035 - lx.abs()).abs() < 0.01 {
                ly
            } else {
                lx
            };
            inset.max((fract(along / 0.03) - 0.5).abs() * 0.03 - 0.009)
        },
        |x, y| mul(threads[0], stitch(x, y)),
    );
}

// --- Pottery -------------------------------------------------------------------------------------

fn tagine(c: &mut Canvas, r: &mut Rng, painted: bool) {
    let cx = 0.5;
    let clay = hex(r.pick(&[0xB5562E, 0xA84A28, 0xC0643A]));
    let (glaze, paint1, paint2) = r.pick(&[
        (hex(0x1F4E79), hex(0xF1E6CF), hex(0xE8A13A)),
        (hex(0x2F6B4A), hex(0xF1E6CF), hex(0x8A2A2A)),
        (hex(0xF1E6CF), hex(0x1F4E79), hex(0x2F8A7A)),
        (hex(0x8A2A2A), hex(0xE8C54A), hex(0x1E2A3A)),
    ]);
    let body = if painted { glaze } else { clay };
    let seed = r.seed();
    let (rim_y, base_y, rim_w) = (0.7, 0.8, 0.36);
    c.shadow(cx + 0.03, base_y + 0.01, rim_w * 0.9, 0.04, 0.4);
    // Dish.
    let dish = move |y: f32| {
        rim_w - (rim_w - 0.25) * ((y - rim_y) / (base_y - rim_y)).clamp(0.0, 1.0).powf(0.7)
    };
    c.fill(
        bb(cx, 0.76, rim_w + 0.01, 0.08),
        |x, y| sd_lathe(x, y, cx, rim_y, base_y, 0.16, &dish),
        |x, y| {
            let t = (x - cx) / dish(y);
            let band = if painted && (y - 0.745).abs() < 0.008 {
                paint1
            } else {
                body
            };
            lit(band, t, 0.4)
        },
    );
    c.fill(
        bb(cx, rim_y, rim_w + 0.01, 0.07),
        |x, y| sd_ellipse(x, y, cx, rim_y, rim_w, rim_w * 0.16),
        |x, _| lit(mix(body, [1.0, 1.0, 1.0], 0.1), (x - cx) / rim_w, 0.4),
    );
    // Conical lid.
    let (top_y, lid_w) = (0.26, 0.28);
    let lid = move |y: f32| {
        0.028 + (lid_w - 0.028) * ((y - top_y) / (rim_y - top_y)).clamp(0.0, 1.0).powf(1.7)
    };
    c.fill(
        bb(cx, 0.5, lid_w + 0.01, 0.26),
        |x, y| sd_lathe(x, y, cx, top_y, rim_y, 0.16, &lid),
        |x, y| {
            let t = (x - cx) / lid(y);
            let h = (y - top_y) / (rim_y - top_y);
            let n = 0.95 + 0.08 * noise(x * 150.0, y * 150.0, seed);
            let mut tone = body;
            if painted {
                let angle = t.clamp(-1.0, 1.0).asin();
                if (h - 0.55).abs() < 0.09 {
                    let zig = (fract(angle * 3.0) - 0.5).abs() * 2.0;
                    let local_h = (h - 0.46) / 0.18;
                    tone = if (local_h - zig).abs() < 0.18 {
                        paint1
                    } else if local_h < zig {
                        paint2
                    } else {
                        body
                    };
                } else if (h - 0.8).abs() < 0.015 || (h - 0.3).abs() < 0.012 {
                    tone = paint1;
                } else if (h - 0.88).abs() < 0.03 && fract(angle * 4.0) < 0.4 {
                    tone = paint2;
                }
            } else if (h - 0.82).abs() < 0.008 {
                tone = mul(body, 0.8);
            }
            mul(lit(tone, t, if painted { 0.7 } else { 0.2 }), n)
        },
    );
    // Knob.
    c.fill(
        bb(cx, top_y - 0.02, 0.05, 0.05),
        |x, y| sd_circle(x, y, cx, top_y - 0.025, 0.032),
        |x, y| {
            ball(
                body,
                (x - cx) / 0.032,
                (y - top_y + 0.025) / 0.032,
                if painted { 0.8 } else { 0.2 },
            )
        },
    );
}

fn plate(c: &mut Canvas, r: &mut Rng, green: bool) {
    let (cx, cy, rad) = (0.5, 0.47, 0.33);
    let (ground, ink, accent) = if green {
        (hex(0x2E6B3A), hex(0x1E4A28), hex(0x6FA060))
    } else {
        r.pick(&[
            (hex(0xF4F0E6), hex(0x1F4E9C), hex(0x4F7FC4)),
            (hex(0xF4EEDF), hex(0x2F6B4A), hex(0xE8A13A)),
            (hex(0xF6F1E4), hex(0x8A2A2A), hex(0x1F4E79)),
        ])
    };
    let seed = r.seed();
    let petals = r.pick(&[6.0f32, 8.0, 12.0]);
    // A plate on a stand, seen from the front.
    c.draw(
        bb(cx + 0.02, cy + 0.03, rad + 0.05, rad + 0.05),
        0.02,
        |x, y| sd_circle(x, y, cx + 0.02, cy + 0.03, rad),
        |_, _| [0.2, 0.14, 0.1, 0.35],
    );
    c.fill(
        bb(cx, 0.8, 0.2, 0.03),
        |x, y| sd_box(x, y, cx, 0.8, 0.12, 0.012, 0.006),
        |_, _| hex(0x6B4423),
    );
    c.fill(
        bb(cx, cy, rad + 0.01, rad + 0.01),
        |x, y| sd_circle(x, y, cx, cy, rad),
        |x, y| {
            let (dx, dy) = (x - cx, y - cy);
            let rr = len(dx, dy) / rad;
            let ang = dy.atan2(dx);
            let sector = fract(ang * petals / std::f32::consts::TAU);
            let tone = if green {
                let n = noise(x * 25.0, y * 25.0, seed);
                let ring = if (rr - 0.72).abs() < 0.02 { 0.75 } else { 1.0 };
                mul(mix(ink, accent, n), ring)
            } else if rr > 0.94 {
                ink
            } else if rr > 0.9 {
                ground
            } else if rr > 0.78 {
                let wave = (sector - 0.5).abs() * 2.0;
                if (rr - 0.78) / 0.12 < 1.0 - wave {
                    accent
                } else {
                    ground
                }
            } else if rr > 0.74 {
                ink
            } else if rr > 0.35 {
                let w = 0.5 * (1.0 - ((rr - 0.35) / 0.39 - 0.5).abs() * 2.0);
                if (sector - 0.5).abs() < w * 0.8 {
                    ink
                } else if (sector - 0.5).abs() > 0.47 {
                    accent
                } else {
                    ground
                }
            } else if rr > 0.31 {
                ink
            } else {
                let star = (fract(ang * 8.0 / std::f32::consts::TAU) - 0.5).abs() * 2.0;
                if rr < 0.12 + 0.15 * (1.0 - star) {
                    accent
                } else {
                    ground
                }
            };
            let crackle = 0.97 + 0.05 * noise(x * 90.0, y * 90.0, seed + 1);
            let (nx, ny) = (dx / rad, dy / rad);
            let dish = if (rr - 0.74).abs() < 0.03 { 0.92 } else { 1.0 };
            mul(ball(tone, nx * 0.35, ny * 0.35, 0.5), crackle * dish)
        },
    );
}

fn glazed_bowl(c: &mut Canvas, r: &mut Rng, green: bool) {
    let cx = 0.5;
    let tone = if green {
        hex(0x2E6B3A)
    } else {
        hex(r.pick(&[0x1F4E9C, 0x2F8A7A, 0xB5562E, 0xE9DFCB]))
    };
    let ink = if green {
        hex(0x173A20)
    } else {
        hex(r.pick(&[0xF1E6CF, 0x1F4E79, 0xE8A13A]))
    };
    let seed = r.seed();
    let (y0, y1, rw) = (0.44, 0.78, 0.34);
    c.shadow(cx + 0.03, y1 + 0.01, 0.2, 0.035, 0.4);
    let w = move |y: f32| {
        let t = ((y - y0) / (y1 - y0)).clamp(0.0, 1.0);
        0.13 + (rw - 0.13) * (1.0 - t * t).sqrt()
    };
    c.fill(
        bb(cx, 0.62, rw + 0.01, 0.2),
        |x, y| sd_lathe(x, y, cx, y0, y1, 0.12, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            let n = noise(x * 30.0, y * 60.0, seed);
            let h = (y - y0) / (y1 - y0);
            let base = if green {
                mix(tone, ink, smoothstep(0.45, 0.8, n + 0.3 * h))
            } else if (h - 0.25).abs() < 0.035 || (h - 0.4).abs() < 0.01 {
                ink
            } else {
                tone
            };
            lit(base, t, 0.9)
        },
    );
    c.fill(
        bb(cx, y0, rw + 0.01, 0.06),
        |x, y| sd_ellipse(x, y, cx, y0, rw, rw * 0.2),
        |x, _| lit(mix(tone, [1.0, 1.0, 1.0], 0.15), (x - cx) / rw, 0.5),
    );
    c.fill(
        bb(cx, y0, rw, 0.06),
        |x, y| sd_ellipse(x, y, cx, y0 + 0.004, rw - 0.016, rw * 0.2 - 0.012),
        |x, y| {
            let n = noise(x * 30.0, y * 30.0, seed + 3);
            mul(
                mix(tone, ink, if green { n } else { 0.0 }),
                0.55 + 0.35 * ((y - y0) / 0.06 + 0.5).clamp(0.0, 1.0),
            )
        },
    );
}

fn jug(c: &mut Canvas, r: &mut Rng, tanjia: bool) {
    let cx = 0.47;
    let (y0, y1) = (0.22, 0.8);
    let slip = hex(r.pick(&[0xE9D9BC, 0xD9B48A, 0xB5562E]));
    let ink = hex(r.pick(&[0x5A2A1A, 0x2A1E1A, 0x8A2A1A]));
    let seed = r.seed();
    let w = move |y: f32| {
        let t = ((y - y0) / (y1 - y0)).clamp(0.0, 1.0);
        if tanjia {
            0.06 + 0.12 * (t * 1.1).min(1.0).powf(0.8) + 0.03 * (std::f32::consts::PI * t).sin()
        } else {
            let neck = 0.06 + 0.02 * (1.0 - t * 5.0).max(0.0);
            neck + 0.15
                * (std::f32::consts::PI * (t - 0.08).max(0.0) / 0.98)
                    .sin()
                    .powf(0.8)
        }
    };
    c.shadow(cx + 0.03, y1 + 0.01, 0.17, 0.035, 0.4);
    // Handle(s).
    for side in if tanjia {
        vec![-1.0f32, 1.0]
    } else {
        vec![1.0]
    } {
        let (hx, hy) = (cx + side * 0.16, 0.38);
        c.fill(
            bb(hx, hy, 0.1, 0.12),
            |x, y| {
                let ring = sd_ellipse(x, y, hx, hy, 0.08, 0.1).abs() - 0.014;
                ring.max(-(x - cx) * side + 0.1)
            },
            |x, y| lit(mul(slip, 0.9), (y - hy) / 0.1 + (x - hx) * side * 3.0, 0.2),
        );
    }
    c.fill(
        bb(cx, 0.51, 0.24, 0.31),
        |x, y| sd_lathe(x, y, cx, y0, y1, 0.15, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            let h = (y - y0) / (y1 - y0);
            let angle = t.clamp(-1.0, 1.0).asin();
            let n = 0.95 + 0.08 * noise(x * 120.0, y * 120.0, seed);
            let tri = (fract(angle * 2.2) - 0.5).abs() * 2.0;
            let lines =
                (h - 0.35).abs() < 0.012 || (h - 0.5).abs() < 0.012 || (h - 0.12).abs() < 0.008;
            let zigzag = h > 0.36 && h < 0.49 && ((h - 0.36) / 0.13 - tri).abs() < 0.1;
            let strokes = h > 0.55 && h < 0.75 && (fract(angle * 3.0) - 0.5).abs() < 0.05;
            let tone = if lines || zigzag || strokes {
                ink
            } else {
                slip
            };
            mul(lit(tone, t, 0.25), n)
        },
    );
    c.solid(
        bb(cx, y0, 0.08, 0.03),
        |x, y| sd_ellipse(x, y, cx, y0, w(y0) - 0.008, 0.012),
        mul(slip, 0.35),
    );
}

// --- Leather -------------------------------------------------------------------------------------

fn leather_tone(r: &mut Rng) -> Rgb {
    hex(r.pick(&[
        0x8A4A22, 0x6B3A1E, 0xA8642A, 0x4A2A1A, 0xB3261E, 0xC9A040, 0x2F4A5A,
    ]))
}

fn bag(c: &mut Canvas, r: &mut Rng) {
    let tone = leather_tone(r);
    let thread = hex(0xF0DDB0);
    let seed = r.seed();
    let (cx, cy, hw, hh) = (0.5, 0.62, 0.27, 0.18);
    c.shadow(cx + 0.03, cy + hh + 0.01, hw * 1.05, 0.035, 0.4);
    // Handle.
    c.fill(
        bb(cx, 0.36, 0.22, 0.14),
        |x, y| {
            (sd_ellipse(x, y, cx, cy - hh + 0.01, 0.17, 0.2).abs() - 0.016)
                .max(y - (cy - hh + 0.02))
        },
        |x, y| lit(mul(tone, 0.85), (x - cx) / 0.17 + (y - 0.3) * 2.0, 0.4),
    );
    let body = move |x: f32, y: f32| {
        let taper = 0.03 * ((cy + hh - y) / (2.0 * hh)).clamp(0.0, 1.0);
        sd_box(x, y, cx, cy, hw - taper, hh, 0.045)
    };
    let grain = move |x: f32, y: f32| 0.94 + 0.1 * noise(x * 220.0, y * 220.0, seed);
    c.fill(bb(cx, cy, hw + 0.01, hh + 0.01), body, |x, y| {
        mul(
            ball(tone, (x - cx) / hw * 0.5, (y - cy) / hh * 0.4, 0.2),
            grain(x, y),
        )
    });
    // Flap with a rounded point and a button.
    let flap = move |x: f32, y: f32| {
        let top = sd_box(x, y, cx, cy - hh * 0.55, hw - 0.028, hh * 0.45, 0.04);
        let tip = sd_ellipse(x, y, cx, cy - hh * 0.1, hw - 0.03, hh * 0.55)
            .max(y - (cy + hh * 0.45))
            .max(cy - hh * 0.1 - y);
        top.min(tip)
    };
    c.draw(
        bb(cx, cy + 0.02, hw, hh),
        0.012,
        |x, y| flap(x, y - 0.012),
        |_, _| [0.1, 0.05, 0.02, 0.35],
    );
    c.fill(bb(cx, cy, hw, hh + 0.01), flap, |x, y| {
        mul(
            ball(
                mul(tone, 1.08),
                (x - cx) / hw * 0.5,
                (y - cy) / hh * 0.4 - 0.2,
                0.3,
            ),
            grain(x, y),
        )
    });
    let dash = move |x: f32, y: f32| (fract((x + y) * 70.0) - 0.5).abs() / 70.0 - 0.0045;
    c.solid(
        bb(cx, cy, hw, hh + 0.01),
        |x, y| (flap(x, y) + 0.014).abs().max(dash(x, y)) - 0.0022,
        thread,
    );
    c.solid(
        bb(cx, cy, hw, hh),
        |x, y| {
            (body(x, y) + 0.014)
                .abs()
                .max(dash(x, y))
                .max(-(flap(x, y) - 0.006))
                - 0.0022
        },
        thread,
    );
    let (bx, by) = (cx, cy + hh * 0.3);
    c.fill(
        bb(bx, by, 0.03, 0.03),
        |x, y| sd_circle(x, y, bx, by, 0.02),
        |x, y| ball(hex(0xC9A040), (x - bx) / 0.02, (y - by) / 0.02, 1.0),
    );
}

fn slippers(c: &mut Canvas, r: &mut Rng) {
    let tone = hex(r.pick(&[0xE8B820, 0xB3261E, 0xF2EBDD, 0x2F4A5A, 0x8A4A22, 0x6A2446]));
    let thread = hex(r.pick(&[0xE8C54A, 0xF2EBDD, 0x2A2A2A]));
    let seed = r.seed();
    for (cx, ang) in [(0.37, -0.12f32), (0.63, 0.1)] {
        let cy = 0.55;
        let shape = move |x: f32, y: f32| {
            let (u, v) = local(x, y, cx, cy, ang);
            // A lens pointed at the toe (top), rounded at the heel.
            let lens = sd_circle(u, v, -0.2, 0.0, 0.3).max(sd_circle(u, v, 0.2, 0.0, 0.3));
            let heel = sd_ellipse(u, v, 0.0, 0.08, 0.1, 0.18);
            lens.max(v - 0.26).min(heel)
        };
        c.draw(
            bb(cx + 0.02, cy + 0.03, 0.15, 0.3),
            0.02,
            |x, y| shape(x - 0.015, y - 0.02),
            |_, _| [0.2, 0.12, 0.08, 0.35],
        );
        c.fill(bb(cx, cy, 0.15, 0.3), shape, |x, y| {
            let (u, v) = local(x, y, cx, cy, ang);
            let n = 0.94 + 0.1 * noise(x * 200.0, y * 200.0, seed);
            mul(ball(tone, u / 0.12 * 0.7, (v + 0.05) / 0.3 * 0.5, 0.3), n)
        });
        // The opening for the foot.
        c.fill(
            bb(cx, cy, 0.15, 0.3),
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                sd_ellipse(u, v, 0.0, 0.12, 0.072, 0.13)
            },
            |x, y| {
                let (_, v) = local(x, y, cx, cy, ang);
                mix(
                    hex(0xE8D2A8),
                    hex(0xC9A97A),
                    ((v - 0.0) / 0.25).clamp(0.0, 1.0),
                )
            },
        );
        // Embroidery on the toe.
        c.solid(
            bb(cx, cy, 0.15, 0.3),
            |x, y| {
                let (u, v) = local(x, y, cx, cy, ang);
                let vine = (u - 0.012 * (v * 80.0).sin()).abs() - 0.003;
                vine.max(v + 0.2)
                    .max(-v - 0.01 - 0.2)
                    .max(-(v + 0.21))
                    .max(v + 0.015)
                    .min(sd_circle(u, v, 0.0, -0.07, 0.015).abs() - 0.003)
            },
            thread,
        );
    }
}

fn pouf(c: &mut Canvas, r: &mut Rng) {
    let tone = leather_tone(r);
    let thread = hex(r.pick(&[0xF0DDB0, 0xE8C54A, 0x2A2A2A]));
    let seed = r.seed();
    let (cx, y0, y1, rw) = (0.5, 0.48, 0.76, 0.32);
    c.shadow(cx + 0.03, y1 + 0.02, rw * 1.05, 0.045, 0.4);
    let w = move |y: f32| {
        rw + 0.02 * (std::f32::consts::PI * ((y - y0) / (y1 - y0)).clamp(0.0, 1.0)).sin()
    };
    c.fill(
        bb(cx, 0.62, rw + 0.03, 0.22),
        |x, y| sd_lathe(x, y, cx, y0, y1, 0.25, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            let angle = t.clamp(-1.0, 1.0).asin();
            let h = (y - y0) / (y1 - y0);
            let dia = (fract(angle * 2.5) - 0.5).abs() * 2.0 + (h - 0.5).abs() * 2.0;
            let stitch = (dia - 0.7).abs() < 0.06 || (dia - 0.4).abs() < 0.04;
            let base = if stitch { thread } else { tone };
            mul(
                lit(base, t, 0.3),
                0.94 + 0.1 * noise(x * 200.0, y * 200.0, seed),
            )
        },
    );
    c.fill(
        bb(cx, y0, rw + 0.01, 0.1),
        |x, y| sd_ellipse(x, y, cx, y0, rw, rw * 0.25),
        |x, y| {
            let (dx, dy) = ((x - cx) / rw, (y - y0) / (rw * 0.25));
            let rr = len(dx, dy);
            let ang = dy.atan2(dx);
            let petal = (fract(ang * 8.0 / std::f32::consts::TAU) - 0.5).abs() * 2.0;
            let stitch =
                (rr - 0.75).abs() < 0.025 || (rr < 0.6 && (rr - 0.55 * petal).abs() < 0.04);
            let base = if stitch { thread } else { mul(tone, 1.1) };
            mul(
                ball(base, dx * 0.3, dy * 0.3, 0.2),
                0.94 + 0.1 * noise(x * 200.0, y * 200.0, seed),
            )
        },
    );
}

// --- Wood ----------------------------------------------------------------------------------------

fn wood_tone(r: &mut Rng) -> Rgb {
    hex(r.pick(&[0xC08A55, 0xA8743F, 0x8A5A2B, 0xD2A36B, 0x9C6B3E]))
}

/// Wood grain along the u axis.
fn grain(tone: Rgb, u: f32, v: f32, seed: u32) -> Rgb {
    let ring = (v * 160.0 + 6.0 * noise(u * 8.0, v * 8.0, seed)).sin();
    mul(
        tone,
        0.9 + 0.08 * ring + 0.06 * noise(u * 40.0, v * 200.0, seed + 1),
    )
}

fn spoons(c: &mut Canvas, r: &mut Rng) {
    let seed = r.seed();
    for k in 0..3 {
        let tone = wood_tone(r);
        let (px, py) = (
            0.5 + (k as f32 - 1.0) * 0.1,
            0.55 + (k as f32 - 1.0).abs() * 0.02,
        );
        let ang = -1.2 + k as f32 * 0.08 + r.range(-0.05, 0.05);
        let shape = move |x: f32, y: f32| {
            let (u, v) = local(x, y, px, py, ang);
            let bowl = sd_ellipse(u, v, -0.2, 0.0, 0.075, 0.05);
            let handle = sd_segment(u, v, (-0.13, 0.0), (0.26, 0.0))
                - 0.011
                - 0.006 * ((u - 0.26) / 0.4).abs().min(1.0) * 0.0;
            let knob = sd_ellipse(u, v, 0.26, 0.0, 0.03, 0.017);
            bowl.min(handle).min(knob)
        };
        c.draw(
            [0.1, 0.1, 0.95, 0.95],
            0.012,
            |x, y| shape(x - 0.015, y - 0.02),
            |_, _| [0.2, 0.12, 0.08, 0.3],
        );
        c.fill([0.1, 0.1, 0.95, 0.95], shape, |x, y| {
            let (u, v) = local(x, y, px, py, ang);
            let g = grain(tone, u, v + k as f32, seed);
            let inner = sd_ellipse(u, v, -0.205, 0.0, 0.06, 0.037);
            if inner < 0.0 {
                mul(ball(g, -(u + 0.205) / 0.06, -v / 0.037, 0.2), 0.85)
            } else {
                ball(g, 0.0, v / 0.05, 0.2)
            }
        });
    }
}

fn board(c: &mut Canvas, r: &mut Rng) {
    let tone = wood_tone(r);
    let seed = r.seed();
    let (cx, cy, ang) = (0.5, 0.55, r.range(-0.15, 0.05));
    let shape = move |x: f32, y: f32| {
        let (u, v) = local(x, y, cx, cy, ang);
        let slab = sd_box(u, v, -0.04, 0.0, 0.26, 0.17, 0.05);
        let handle = sd_box(u, v, 0.28, 0.0, 0.08, 0.045, 0.04);
        slab.min(handle).max(-sd_circle(u, v, 0.31, 0.0, 0.017))
    };
    c.draw(
        [0.0, 0.2, 1.0, 0.95],
        0.015,
        |x, y| shape(x - 0.02, y - 0.03),
        |_, _| [0.2, 0.12, 0.08, 0.35],
    );
    c.fill(
        [0.0, 0.2, 1.0, 0.95],
        |x, y| shape(x, y - 0.018),
        |x, y| {
            let (u, v) = local(x, y, cx, cy, ang);
            mul(grain(tone, u, v, seed), 0.7)
        },
    );
    c.fill([0.0, 0.2, 1.0, 0.95], shape, |x, y| {
        let (u, v) = local(x, y, cx, cy, ang);
        let edge = smoothstep(-0.012, 0.0, shape(x, y));
        mul(grain(tone, u, v, seed), 1.0 - 0.12 * edge)
    });
    // A small olive-wood spoon on the board.
    let (sx, sy) = (0.38, 0.5);
    c.fill(
        bb(sx, sy, 0.2, 0.1),
        |x, y| {
            let (u, v) = local(x, y, sx, sy, 0.15);
            sd_ellipse(u, v, -0.1, 0.0, 0.05, 0.033)
                .min(sd_segment(u, v, (-0.05, 0.0), (0.16, 0.0)) - 0.008)
        },
        |x, y| {
            let (u, v) = local(x, y, sx, sy, 0.15);
            ball(grain(mul(tone, 0.8), u, v + 2.0, seed), 0.0, v / 0.04, 0.2)
        },
    );
}

fn wood_box(c: &mut Canvas, r: &mut Rng, painted: bool) {
    let tone = if painted {
        hex(r.pick(&[0x1E3A5F, 0x7A1E2A, 0x2F5B3A]))
    } else {
        hex(0x8A4A22)
    };
    let seed = r.seed();
    let (cx, cy, hw, hh) = (0.5, 0.62, 0.27, 0.12);
    c.shadow(cx + 0.03, cy + hh + 0.01, hw * 1.05, 0.035, 0.4);
    // Front face.
    c.fill(
        bb(cx, cy, hw + 0.01, hh + 0.01),
        |x, y| sd_box(x, y, cx, cy, hw, hh, 0.01),
        |x, y| {
            let burl = noise(x * 50.0, y * 50.0, seed);
            let base = if painted {
                tone
            } else {
                mix(tone, hex(0x4A2412), smoothstep(0.55, 0.8, burl))
            };
            mul(grain(base, x, y, seed), 0.85)
        },
    );
    // Lid, seen from above.
    let lid = move |x: f32, y: f32| {
        sd_polygon(
            x,
            y,
            &[
                (cx - hw, cy - hh + 0.02),
                (cx + hw, cy - hh + 0.02),
                (cx + hw - 0.05, cy - hh - 0.14),
                (cx - hw + 0.05, cy - hh - 0.14),
            ],
        ) - 0.006
    };
    c.fill(bb(cx, cy - hh - 0.06, hw + 0.01, 0.1), lid, |x, y| {
        let burl = noise(x * 50.0, y * 70.0, seed + 2);
        let base = if painted {
            mul(tone, 1.1)
        } else {
            mix(tone, hex(0x4A2412), smoothstep(0.5, 0.8, burl))
        };
        grain(base, x, y, seed)
    });
    // Inlay or painted flowers.
    let (ix, iy) = (cx, cy - hh - 0.06);
    if painted {
        for k in 0..5 {
            let a = k as f32 * 1.2566;
            let (px, py) = (ix + 0.05 * a.cos(), iy + 0.025 * a.sin());
            c.solid(
                bb(px, py, 0.03, 0.03),
                |x, y| sd_ellipse(x, y, px, py, 0.022, 0.012),
                hex(0xE8A13A),
            );
        }
        c.solid(
            bb(ix, iy, 0.02, 0.02),
            |x, y| sd_ellipse(x, y, ix, iy, 0.016, 0.009),
            hex(0xF2EBDD),
        );
        c.solid(
            bb(cx, cy, hw, hh),
            |x, y| (sd_box(x, y, cx, cy, hw - 0.03, hh - 0.03, 0.01)).abs() - 0.004,
            hex(0xE8C54A),
        );
        for k in 0..5 {
            let px = cx - hw + 0.07 + k as f32 * 0.1;
            c.solid(
                bb(px, cy, 0.03, 0.03),
                |x, y| sd_circle(x, y, px, cy, 0.018),
                hex(r.pick(&[0xE8A13A, 0xF2EBDD, 0xD94F6A])),
            );
        }
    } else {
        let light = hex(0xE8D2A8);
        c.solid(
            bb(ix, iy, 0.2, 0.08),
            |x, y| {
                let (dx, dy) = (x - ix, (y - iy) * 2.0);
                let dia = (dx.abs() + dy.abs() - 0.06).abs() - 0.004;
                let inner = dx.abs() + dy.abs() - 0.022;
                let line = (sd_polygon(
                    x,
                    y,
                    &[
                        (cx - hw + 0.04, cy - hh + 0.005),
                        (cx + hw - 0.04, cy - hh + 0.005),
                        (cx + hw - 0.08, cy - hh - 0.125),
                        (cx - hw + 0.08, cy - hh - 0.125),
                    ],
                ))
                .abs()
                    - 0.0035;
                dia.min(inner).min(line)
            },
            light,
        );
        c.solid(
            bb(cx, cy, hw, hh),
            |x, y| (sd_box(x, y, cx, cy, hw - 0.03, hh - 0.03, 0.005)).abs() - 0.003,
            light,
        );
    }
}

fn chessboard(c: &mut Canvas, r: &mut Rng) {
    let seed = r.seed();
    let (dark, light) = (hex(0x6B3A1E), hex(0xE2C28E));
    let corners = [(0.2, 0.78), (0.8, 0.78), (0.7, 0.4), (0.3, 0.4)];
    c.shadow(0.52, 0.8, 0.32, 0.035, 0.4);
    let frame = move |x: f32, y: f32| sd_polygon(x, y, &corners) - 0.012;
    c.fill(
        [0.1, 0.3, 0.9, 0.85],
        |x, y| frame(x, y - 0.03),
        |x, y| grain(mul(dark, 0.8), x, y, seed),
    );
    c.fill([0.1, 0.3, 0.9, 0.85], frame, |x, y| grain(dark, x, y, seed));
    c.fill(
        [0.1, 0.3, 0.9, 0.85],
        |x, y| sd_polygon(x, y, &corners) + 0.012,
        |x, y| {
            // Undo the perspective: v from the far edge (0) to the near edge (1), u across.
            let v = ((y - 0.41) / 0.36).clamp(0.0, 1.0);
            let half = 0.19 + 0.1 * v;
            let u = ((x - 0.5) / half * 0.5 + 0.5).clamp(0.0, 1.0);
            let vv = v.powf(0.85);
            let (i, j) = ((u * 8.0).floor() as i32, (vv * 8.0).floor() as i32);
            let base = if (i + j) % 2 == 0 { light } else { dark };
            grain(base, x, y * 3.0, seed + 5)
        },
    );
}

fn wood_bowl(c: &mut Canvas, r: &mut Rng) {
    let tone = wood_tone(r);
    let seed = r.seed();
    let (cx, y0, y1, rw) = (0.5, 0.5, 0.76, 0.38);
    c.shadow(cx + 0.03, y1 + 0.01, 0.22, 0.035, 0.4);
    let w = move |y: f32| {
        let t = ((y - y0) / (y1 - y0)).clamp(0.0, 1.0);
        0.16 + (rw - 0.16) * (1.0 - t * t).sqrt()
    };
    c.fill(
        bb(cx, 0.64, rw + 0.01, 0.16),
        |x, y| sd_lathe(x, y, cx, y0, y1, 0.1, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            lit(grain(tone, x, y * 2.0, seed), t, 0.4)
        },
    );
    c.fill(
        bb(cx, y0, rw + 0.01, 0.08),
        |x, y| sd_ellipse(x, y, cx, y0, rw, rw * 0.18),
        |x, y| {
            let inner = sd_ellipse(x, y, cx, y0 + 0.003, rw - 0.018, rw * 0.18 - 0.012);
            let g = grain(tone, x * 2.0, len(x - cx, (y - y0) * 5.0), seed);
            if inner < 0.0 {
                mul(g, 0.65 + 0.3 * ((y - y0) / 0.07 + 0.5).clamp(0.0, 1.0))
            } else {
                mul(g, 1.1)
            }
        },
    );
}

// --- Basketry ------------------------------------------------------------------------------------

fn straw_tone(r: &mut Rng) -> Rgb {
    hex(r.pick(&[0xD9B46A, 0xC9A25A, 0xE2C384, 0xBF9450]))
}

fn weave(straw: Rgb, u: f32, h: f32, band: Option<Rgb>) -> Rgb {
    let row = (h * 28.0).floor();
    let fy = fract(h * 28.0);
    let offset = if row as i32 % 2 == 0 { 0.0 } else { 0.5 };
    let fx = fract(u * 9.0 + offset);
    let coil = 0.78 + 0.3 * (1.0 - (fy - 0.5).abs() * 2.0).sqrt();
    let stitch = smoothstep(0.12, 0.08, (fx - 0.5).abs());
    let mut tone = straw;
    if let Some(b) = band
        && matches!(row as i32 % 9, 3 | 4)
    {
        tone = b;
    }
    mul(mix(tone, mul(tone, 0.75), stitch * 0.6), coil)
}

fn basket(c: &mut Canvas, r: &mut Rng, market: bool) {
    let straw = straw_tone(r);
    let band = if r.f() < 0.7 {
        Some(hex(
            r.pick(&[0xB3261E, 0x2F6B3A, 0x1F4E79, 0xD94F6A, 0x6A2446])
        ))
    } else {
        None
    };
    let cx = 0.5;
    let (y0, y1, top_w, bottom_w) = if market {
        (0.4, 0.8, 0.27, 0.22)
    } else {
        (0.5, 0.8, 0.33, 0.24)
    };
    c.shadow(cx + 0.03, y1 + 0.01, bottom_w * 1.2, 0.035, 0.4);
    let w =
        move |y: f32| top_w + (bottom_w - top_w) * ((y - y0) / (y1 - y0)).clamp(0.0, 1.0).powf(1.5);
    if market {
        for side in [-1.0f32, 1.0] {
            let hx = cx + side * 0.1;
            c.fill(
                bb(hx, y0 - 0.1, 0.12, 0.14),
                |x, y| {
                    (sd_ellipse(x, y, hx, y0 + 0.01, 0.08, 0.2).abs() - 0.012).max(y - y0 - 0.01)
                },
                |x, y| weave(mul(straw, 0.95), x * 3.0, y * 2.0, None),
            );
        }
    }
    c.fill(
        bb(cx, (y0 + y1) / 2.0, top_w + 0.01, (y1 - y0) / 2.0 + 0.06),
        |x, y| sd_lathe(x, y, cx, y0, y1, 0.15, &w),
        |x, y| {
            let t = (x - cx) / w(y);
            let u = t.clamp(-1.0, 1.0).asin();
            lit(weave(straw, u, (y - y0) / (y1 - y0) * 0.9, band), t, 0.1)
        },
    );
    if !market {
        c.fill(
            bb(cx, y0, top_w + 0.01, 0.07),
            |x, y| sd_ellipse(x, y, cx, y0, top_w, top_w * 0.2),
            |x, y| {
                let inner = sd_ellipse(x, y, cx, y0 + 0.004, top_w - 0.02, top_w * 0.2 - 0.015);
                let (dx, dy) = ((x - cx) / top_w, (y - y0) / (top_w * 0.2));
                let ring = len(dx, dy);
                let tone = weave(straw, dy.atan2(dx) * 0.5, ring * 0.4, None);
                if inner < 0.0 {
                    mul(tone, 0.6 + 0.25 * ((y - y0) / 0.06 + 0.5).clamp(0.0, 1.0))
                } else {
                    mul(tone, 1.08)
                }
            },
        );
        // Two small side handles.
        for side in [-1.0f32, 1.0] {
            let hx = cx + side * (top_w + 0.01);
            c.fill(
                bb(hx, y0 + 0.03, 0.05, 0.05),
                |x, y| sd_ellipse(x, y, hx, y0 + 0.03, 0.028, 0.035).abs() - 0.009,
                |x, y| weave(straw, x * 4.0, y * 3.0, None),
            );
        }
    } else {
        c.solid(
            bb(cx, y0, top_w + 0.01, 0.04),
            |x, y| sd_ellipse(x, y, cx, y0, top_w, top_w * 0.15).max(y - y0 - 0.004),
            mul(straw, 0.45),
        );
    }
}

fn tbak(c: &mut Canvas, r: &mut Rng) {
    let straw = straw_tone(r);
    let (b1, b2) = (
        hex(r.pick(&[0xB3261E, 0x2F6B3A, 0x6A2446])),
        hex(r.pick(&[0x1E1A1A, 0xE8A13A, 0x1F4E79])),
    );
    let cx = 0.5;
    c.shadow(cx + 0.03, 0.81, 0.3, 0.035, 0.4);
    let base = move |y: f32| 0.31 - 0.05 * ((y - 0.68) / 0.12).clamp(0.0, 1.0);
    c.fill(
        bb(cx, 0.74, 0.33, 0.09),
        |x, y| sd_lathe(x, y, cx, 0.68, 0.8, 0.15, &base),
        |x, y| {
            let t = (x - cx) / base(y);
            lit(
                weave(straw, t.clamp(-1.0, 1.0).asin(), (y - 0.68) * 3.0, None),
                t,
                0.1,
            )
        },
    );
    let (top_y, rim_y) = (0.22, 0.7);
    let lid =
        move |y: f32| 0.02 + 0.31 * ((y - top_y) / (rim_y - top_y)).clamp(0.0, 1.0).powf(1.25);
    c.fill(
        bb(cx, 0.47, 0.34, 0.28),
        |x, y| sd_lathe(x, y, cx, top_y, rim_y, 0.15, &lid),
        |x, y| {
            let t = (x - cx) / lid(y);
            let u = t.clamp(-1.0, 1.0).asin();
            let h = (y - top_y) / (rim_y - top_y);
            let tri = (fract(u * 1.6) - 0.5).abs() * 2.0;
            let mut tone = weave(straw, u, h, None);
            if (0.45..0.7).contains(&h) {
                let k = (h - 0.45) / 0.25;
                if k < tri * 0.9 {
                    tone = weave(b1, u, h, None);
                } else if k < tri + 0.12 && k > tri * 0.9 {
                    tone = weave(b2, u, h, None);
                }
            } else if (h - 0.82).abs() < 0.04 || (h - 0.3).abs() < 0.03 {
                tone = weave(b2, u, h, None);
            }
            lit(tone, t, 0.1)
        },
    );
    c.fill(
        bb(cx, top_y - 0.03, 0.05, 0.05),
        |x, y| sd_circle(x, y, cx, top_y - 0.02, 0.028),
        |x, y| ball(b1, (x - cx) / 0.028, (y - top_y + 0.02) / 0.028, 0.2),
    );
}

fn hat(c: &mut Canvas, r: &mut Rng) {
    let straw = straw_tone(r);
    let cords = [
        hex(0x1E1A1A),
        hex(0xB3261E),
        hex(0xE8A13A),
        hex(0x2F6B3A),
        hex(0x1F4E79),
    ];
    let (cx, cy) = (0.5, 0.55);
    c.shadow(cx + 0.03, cy + 0.14, 0.4, 0.05, 0.35);
    c.fill(
        bb(cx, cy, 0.43, 0.16),
        |x, y| sd_ellipse(x, y, cx, cy, 0.42, 0.15),
        |x, y| {
            let (dx, dy) = ((x - cx) / 0.42, (y - cy) / 0.15);
            let rr = len(dx, dy);
            let tone = weave(straw, dy.atan2(dx) * 2.0, rr * 0.6, None);
            mul(tone, 0.85 + 0.2 * (1.0 - rr))
        },
    );
    // Crown.
    let crown = move |y: f32| 0.15 + 0.02 * ((y - 0.36) / 0.19).clamp(0.0, 1.0);
    c.fill(
        bb(cx, 0.45, 0.19, 0.13),
        |x, y| {
            sd_lathe(x, y, cx, 0.38, cy, 0.3, &crown).min(sd_ellipse(x, y, cx, 0.38, 0.15, 0.045))
        },
        |x, y| {
            let t = (x - cx) / crown(y);
            lit(
                weave(straw, t.clamp(-1.0, 1.0).asin(), (y - 0.36) * 1.5, None),
                t,
                0.1,
            )
        },
    );
    // Wool cords from the crown to the brim, with pompoms.
    let k = 5 + (r.next() % 3) as usize;
    for i in 0..k {
        let a = std::f32::consts::PI * (0.12 + 0.76 * i as f32 / (k - 1) as f32);
        let (ex, ey) = (cx - 0.36 * a.cos(), cy + 0.11 * a.sin());
        let (sx, sy) = (cx - 0.15 * a.cos(), 0.52 + 0.03 * a.sin());
        let tone = cords[i % cords.len()];
        c.solid(
            bb((sx + ex) / 2.0, (sy + ey) / 2.0, 0.25, 0.1),
            |x, y| sd_segment(x, y, (sx, sy), (ex, ey)) - 0.005,
            tone,
        );
        c.fill(
            bb(ex, ey + 0.03, 0.04, 0.04),
            |x, y| sd_circle(x, y, ex, ey + 0.025, 0.026),
            |x, y| {
                let fuzz = 0.85 + 0.25 * noise(x * 300.0, y * 300.0, i as u32);
                mul(
                    ball(tone, (x - ex) / 0.026, (y - ey - 0.025) / 0.026, 0.1),
                    fuzz,
                )
            },
        );
    }
}

// --- Jewellery -----------------------------------------------------------------------------------

fn velvet(c: &mut Canvas, r: &mut Rng) {
    let tone = hex(r.pick(&[0x4A1A2A, 0x1E2A4A, 0x1E3A2E, 0x3A2A1E]));
    let seed = r.seed();
    let (cx, cy) = (0.5, 0.6);
    c.shadow(cx + 0.02, cy + 0.05, 0.4, 0.2, 0.35);
    c.fill(
        bb(cx, cy, 0.44, 0.3),
        |x, y| sd_ellipse(x, y, cx, cy, 0.42, 0.26),
        |x, y| {
            let n = noise(x * 12.0, y * 12.0, seed);
            mul(
                ball(tone, (x - cx) / 0.6, (y - cy) / 0.5, 0.0),
                0.85 + 0.3 * n,
            )
        },
    );
}

/// Polished metal: bright where the surface faces the light, with a soft reflection band.
fn metal(gold: bool, t: f32, n: f32) -> Rgb {
    let base = if gold { hex(0xC9A040) } else { hex(0xC8CCD2) };
    let band = (1.0 - ((t - 0.35).abs() * 2.5).min(1.0)).powi(2);
    let f = 0.45 + 0.5 * (1.0 - t.abs()) + 0.5 * band + 0.05 * n;
    mul(base, f)
}

fn stones(r: &mut Rng) -> [Rgb; 3] {
    [
        hex(0xC0392B),
        hex(r.pick(&[0x1E8A5A, 0x2E6BB5, 0xE8A13A])),
        hex(0xE8C54A),
    ]
}

fn bracelet(c: &mut Canvas, r: &mut Rng, gold: bool) {
    let (cx, cy, rx, ry, thick) = (0.5, 0.56, 0.25, 0.14, 0.04);
    let seed = r.seed();
    let gems = stones(r);
    c.shadow(cx + 0.02, cy + 0.04, rx + 0.02, ry + 0.02, 0.3);
    c.fill(
        bb(cx, cy, rx + thick + 0.01, ry + thick + 0.01),
        |x, y| sd_ellipse(x, y, cx, cy, rx, ry).abs() - thick,
        |x, y| {
            let t = sd_ellipse(x, y, cx, cy, rx, ry) / thick;
            let back = if y < cy { 0.8 } else { 1.0 };
            let ang = (y - cy).atan2(x - cx);
            let engraved = if (fract(ang * 36.0 / std::f32::consts::TAU) - 0.5).abs() < 0.1
                && t.abs() > 0.55
            {
                0.6
            } else {
                1.0
            };
            mul(
                metal(gold, t, noise(x * 300.0, y * 300.0, seed)),
                back * engraved,
            )
        },
    );
    for k in 0..5 {
        let a = std::f32::consts::PI * (0.15 + 0.175 * k as f32);
        let (px, py) = (cx + rx * a.cos(), cy + ry * a.sin());
        let tone = gems[k % 3];
        c.fill(
            bb(px, py, 0.03, 0.03),
            |x, y| sd_circle(x, y, px, py, 0.022),
            |x, y| metal(gold, len(x - px, y - py) / 0.022, 0.0),
        );
        c.fill(
            bb(px, py, 0.02, 0.02),
            |x, y| sd_circle(x, y, px, py, 0.015),
            |x, y| ball(tone, (x - px) / 0.015, (y - py) / 0.015, 1.0),
        );
    }
}

fn fibula(c: &mut Canvas, r: &mut Rng, gold: bool) {
    let seed = r.seed();
    let gems = stones(r);
    let (cx, top) = (0.5, 0.44);
    let tri = [(cx - 0.16, top), (cx + 0.16, top), (cx, top + 0.34)];
    c.fill(
        bb(cx, top + 0.17, 0.18, 0.19),
        |x, y| sd_polygon(x, y, &tri) - 0.01,
        |x, y| {
            let d = -sd_polygon(x, y, &tri);
            let engraved = if (fract(d * 60.0) - 0.5).abs() < 0.12 && d > 0.02 {
                0.65
            } else {
                1.0
            };
            mul(
                metal(
                    gold,
                    1.0 - (d * 12.0).min(1.0),
                    noise(x * 200.0, y * 200.0, seed),
                ),
                engraved,
            )
        },
    );
    c.fill(
        bb(cx, top + 0.1, 0.04, 0.04),
        |x, y| sd_circle(x, y, cx, top + 0.1, 0.03),
        |x, y| ball(gems[0], (x - cx) / 0.03, (y - top - 0.1) / 0.03, 1.0),
    );
    for (k, (px, py)) in [
        (cx - 0.1, top + 0.03),
        (cx + 0.1, top + 0.03),
        (cx, top + 0.24),
    ]
    .into_iter()
    .enumerate()
    {
        c.fill(
            bb(px, py, 0.02, 0.02),
            |x, y| sd_circle(x, y, px, py, 0.016),
            |x, y| ball(gems[1 + k % 2], (x - px) / 0.016, (y - py) / 0.016, 1.0),
        );
    }
    // Ring and pin.
    let (rx, ry) = (cx, top - 0.1);
    c.fill(
        bb(rx, ry, 0.14, 0.14),
        |x, y| {
            (sd_circle(x, y, rx, ry, 0.1).abs() - 0.016)
                .max(-(sd_box(x, y, rx, ry + 0.1, 0.04, 0.03, 0.0)))
        },
        |x, y| {
            metal(
                gold,
                (len(x - rx, y - ry) - 0.1) / 0.016,
                noise(x * 200.0, y * 200.0, seed),
            )
        },
    );
    c.fill(
        [0.2, 0.2, 0.8, 0.5],
        |x, y| sd_segment(x, y, (rx - 0.22, ry + 0.08), (rx + 0.16, ry - 0.04)) - 0.007,
        |x, y| metal(gold, (y - ry) * 20.0 - (x - rx) * 5.0, 0.0),
    );
}

fn necklace(c: &mut Canvas, r: &mut Rng, gold: bool, hand: bool) {
    let gems = stones(r);
    let bead_colour = hex(r.pick(&[0xC0392B, 0xE8A13A, 0x1E8A5A, 0xD9743A]));
    let (cx, top) = (0.5, 0.36);
    let n = 29;
    for k in 0..n {
        let a = -1.45 + 2.9 * k as f32 / (n - 1) as f32;
        let (px, py) = (cx + 0.27 * a.sin(), top + 0.32 * a.cos() - 0.06);
        let (py, big) = (py.max(0.3), k % 4 == 0);
        let rad = if big { 0.02 } else { 0.012 };
        c.fill(
            bb(px, py, rad + 0.01, rad + 0.01),
            |x, y| sd_circle(x, y, px, py, rad),
            |x, y| {
                if big {
                    ball(bead_colour, (x - px) / rad, (y - py) / rad, 0.8)
                } else {
                    metal(gold, len(x - px, y - py) / rad, 0.0)
                }
            },
        );
    }
    let (px, py) = (cx, top + 0.33);
    if hand {
        let palm = move |x: f32, y: f32| {
            let base = sd_box(x, y, px, py + 0.05, 0.055, 0.05, 0.035);
            let mut d = base;
            for dx in [-0.03f32, 0.0, 0.03] {
                d = d.min(
                    sd_segment(
                        x,
                        y,
                        (px + dx, py + 0.02),
                        (px + dx, py - 0.06 - if dx == 0.0 { 0.012 } else { 0.0 }),
                    ) - 0.014,
                );
            }
            for side in [-1.0f32, 1.0] {
                d = d.min(
                    sd_segment(
                        x,
                        y,
                        (px + side * 0.05, py + 0.05),
                        (px + side * 0.085, py - 0.02),
                    ) - 0.013,
                );
            }
            d
        };
        c.fill(bb(px, py, 0.12, 0.13), palm, |x, y| {
            metal(gold, (x - px) * 8.0 + (y - py) * 4.0, 0.0)
        });
        c.solid(
            bb(px, py, 0.12, 0.13),
            |x, y| palm(x, y).abs() - 0.0025 + 0.007,
            mul(metal(gold, 0.9, 0.0), 0.7),
        );
        c.fill(
            bb(px, py + 0.05, 0.02, 0.02),
            |x, y| sd_circle(x, y, px, py + 0.05, 0.017),
            |x, y| ball(gems[1], (x - px) / 0.017, (y - py - 0.05) / 0.017, 1.0),
        );
    } else {
        c.fill(
            bb(px, py + 0.03, 0.08, 0.08),
            |x, y| sd_circle(x, y, px, py + 0.03, 0.06),
            |x, y| {
                let rr = len(x - px, y - py - 0.03) / 0.06;
                let engraved = if (fract(rr * 5.0) - 0.5).abs() < 0.1 {
                    0.7
                } else {
                    1.0
                };
                mul(metal(gold, rr, 0.0), engraved)
            },
        );
        c.fill(
            bb(px, py + 0.03, 0.03, 0.03),
            |x, y| sd_circle(x, y, px, py + 0.03, 0.022),
            |x, y| ball(gems[0], (x - px) / 0.022, (y - py - 0.03) / 0.022, 1.0),
        );
    }
}

fn earrings(c: &mut Canvas, r: &mut Rng, gold: bool) {
    let gems = stones(r);
    for px in [0.37, 0.63] {
        let py = 0.4;
        c.solid(
            bb(px, py - 0.06, 0.05, 0.05),
            |x, y| {
                (sd_circle(x, y, px + 0.015, py - 0.05, 0.03).abs() - 0.004).max(y - (py - 0.04))
            },
            metal(gold, 0.2, 0.0),
        );
        c.fill(
            bb(px, py + 0.05, 0.07, 0.1),
            |x, y| {
                let drop = sd_polygon(
                    x,
                    y,
                    &[
                        (px, py - 0.02),
                        (px + 0.06, py + 0.1),
                        (px - 0.06, py + 0.1),
                    ],
                ) - 0.008;
                drop.min(sd_circle(x, y, px, py + 0.12, 0.045))
            },
            |x, _| metal(gold, (x - px) * 12.0, 0.0),
        );
        c.fill(
            bb(px, py + 0.11, 0.03, 0.03),
            |x, y| sd_circle(x, y, px, py + 0.11, 0.022),
            |x, y| ball(gems[0], (x - px) / 0.022, (y - py - 0.11) / 0.022, 1.0),
        );
        for k in 0..3 {
            let dx = (k as f32 - 1.0) * 0.035;
            let (ex, ey) = (px + dx, py + 0.2 + (1.0 - (k as f32 - 1.0).abs()) * 0.02);
            c.solid(
                bb(ex, ey - 0.02, 0.01, 0.04),
                |x, y| sd_segment(x, y, (px + dx * 0.8, py + 0.15), (ex, ey)) - 0.002,
                metal(gold, 0.3, 0.0),
            );
            c.fill(
                bb(ex, ey, 0.02, 0.02),
                |x, y| sd_circle(x, y, ex, ey, 0.012),
                |x, y| ball(gems[1 + k % 2], (x - ex) / 0.012, (y - ey) / 0.012, 0.8),
            );
        }
    }
}

fn ring(c: &mut Canvas, r: &mut Rng, gold: bool) {
    let gems = stones(r);
    let (cx, cy) = (0.5, 0.62);
    c.shadow(cx + 0.02, cy + 0.07, 0.14, 0.03, 0.3);
    c.fill(
        bb(cx, cy, 0.17, 0.12),
        |x, y| sd_ellipse(x, y, cx, cy, 0.13, 0.08).abs() - 0.022,
        |x, y| {
            let t = sd_ellipse(x, y, cx, cy, 0.13, 0.08) / 0.022;
            mul(metal(gold, t, 0.0), if y < cy { 0.8 } else { 1.0 })
        },
    );
    let (sx, sy) = (cx, cy - 0.1);
    c.fill(
        bb(sx, sy, 0.07, 0.07),
        |x, y| {
            let (dx, dy) = (x - sx, y - sy);
            let a = dy.atan2(dx);
            len(dx, dy) - 0.055 - 0.008 * (a * 8.0).cos()
        },
        |x, y| metal(gold, len(x - sx, y - sy) / 0.06, 0.0),
    );
    let gem = gems[r.pick(&[0usize, 1])];
    c.fill(
        bb(sx, sy, 0.05, 0.05),
        |x, y| sd_circle(x, y, sx, sy, 0.035),
        |x, y| ball(gem, (x - sx) / 0.035, (y - sy) / 0.035, 1.0),
    );
}

// --- Dairy ---------------------------------------------------------------------------------------

fn cheese(c: &mut Canvas, r: &mut Rng, herbs: bool, aged: bool) {
    let paste = if aged { hex(0xEBCB7A) } else { hex(0xF6F1E4) };
    let rind = if aged { hex(0xA8743F) } else { hex(0xE9E2D0) };
    let seed = r.seed();
    // A board under the cheese.
    let wood = wood_tone(r);
    c.shadow(0.52, 0.82, 0.38, 0.04, 0.4);
    c.fill(
        bb(0.5, 0.75, 0.42, 0.1),
        |x, y| sd_ellipse(x, y, 0.5, 0.77, 0.4, 0.09),
        |x, y| grain(mul(wood, 0.8), x, y, seed),
    );
    c.fill(
        bb(0.5, 0.75, 0.42, 0.1),
        |x, y| sd_ellipse(x, y, 0.5, 0.75, 0.4, 0.09),
        |x, y| grain(wood, x, y, seed),
    );
    let texture = move |x: f32, y: f32, base: Rgb| {
        let mut out = mul(base, 0.96 + 0.06 * noise(x * 150.0, y * 150.0, seed));
        if herbs {
            let (s, _) = speck(x, y, 110.0, 0.25, seed);
            out = mix(out, hex(0x4E6B2E), s);
        }
        out
    };
    // A round cheese at the back: top face and side.
    let (rx, ry, top, h) = (0.2, 0.06, 0.52, 0.1);
    let (ox, w) = (0.38, move |_: f32| rx);
    c.fill(
        bb(ox, top + h / 2.0, rx + 0.01, h),
        |x, y| sd_lathe(x, y, ox, top, top + h, 0.3, &w),
        |x, _| lit(texture(x, 0.0, rind), (x - ox) / rx, 0.1),
    );
    c.fill(
        bb(ox, top, rx + 0.01, ry + 0.01),
        |x, y| sd_ellipse(x, y, ox, top, rx, ry),
        |x, y| mul(texture(x, y, mix(paste, rind, 0.4)), 1.08),
    );
    // A wedge in front.
    let (a, b, cc) = ((0.47, 0.62), (0.79, 0.56), (0.8, 0.64));
    let hgt = 0.1;
    let front = [a, cc, (cc.0, cc.1 + hgt), (a.0, a.1 + hgt)];
    let back = [cc, b, (b.0, b.1 + hgt), (cc.0, cc.1 + hgt)];
    c.fill(
        [0.4, 0.5, 0.85, 0.8],
        |x, y| sd_polygon(x, y, &back),
        |x, y| mul(texture(x, y, rind), 0.8),
    );
    c.fill(
        [0.4, 0.5, 0.85, 0.8],
        |x, y| sd_polygon(x, y, &front),
        |x, y| {
            let holes = if aged {
                0.0
            } else {
                speck(x, y, 40.0, 0.22, seed + 4).0
            };
            mix(mul(texture(x, y, paste), 0.92), mul(paste, 0.75), holes)
        },
    );
    c.fill(
        [0.4, 0.5, 0.85, 0.8],
        |x, y| sd_polygon(x, y, &[a, b, cc]),
        |x, y| {
            let near = ((x - a.0) / (cc.0 - a.0)).clamp(0.0, 1.0);
            let base = if sd_segment(x, y, b, cc) < 0.008 {
                rind
            } else {
                paste
            };
            mul(texture(x, y, base), 1.05 - 0.05 * near)
        },
    );
    c.solid(
        [0.4, 0.5, 0.85, 0.8],
        |x, y| sd_segment(x, y, (cc.0, cc.1), (cc.0, cc.1 + hgt)) - 0.005,
        mul(rind, 0.9),
    );
    // A few leaves.
    leaves_beside(c, r, hex(0x5E7A3A));
}
