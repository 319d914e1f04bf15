//! The renderer: colours, noise, signed-distance shapes and the canvas they are drawn on.

use image::{Rgb as Pixel, RgbImage};

pub(super) type Rgb = [f32; 3];

pub(super) fn hex(v: u32) -> Rgb {
    [
        ((v >> 16) & 0xff) as f32 / 255.0,
        ((v >> 8) & 0xff) as f32 / 255.0,
        (v & 0xff) as f32 / 255.0,
    ]
}

pub(super) fn mix(a: Rgb, b: Rgb, t: f32) -> Rgb {
    [
        a[0] + (b[0] - a[0]) * t,
        a[1] + (b[1] - a[1]) * t,
        a[2] + (b[2] - a[2]) * t,
    ]
}

pub(super) fn mul(a: Rgb, f: f32) -> Rgb {
    [a[0] * f, a[1] * f, a[2] * f]
}

pub(super) fn with(c: Rgb, a: f32) -> [f32; 4] {
    [c[0], c[1], c[2], a]
}

pub(super) fn smoothstep(e0: f32, e1: f32, x: f32) -> f32 {
    let t = ((x - e0) / (e1 - e0)).clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

pub(super) fn fract(x: f32) -> f32 {
    x - x.floor()
}

pub(super) fn len(x: f32, y: f32) -> f32 {
    (x * x + y * y).sqrt()
}

/// Deterministic pseudo-random numbers (splitmix64).
pub(super) struct Rng(pub(super) u64);

impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub(super) fn f(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }

    pub(super) fn range(&mut self, a: f32, b: f32) -> f32 {
        a + (b - a) * self.f()
    }

    pub(super) fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[(self.next() % items.len() as u64) as usize]
    }

    pub(super) fn seed(&mut self) -> u32 {
        (self.next() >> 32) as u32
    }
}

pub(super) fn hash2(i: i32, j: i32, seed: u32) -> f32 {
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
pub(super) fn noise(x: f32, y: f32, seed: u32) -> f32 {
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
pub(super) fn speck(x: f32, y: f32, k: f32, size: f32, seed: u32) -> (f32, f32) {
    let (gx, gy) = (x * k, y * k);
    let (i, j) = (gx.floor() as i32, gy.floor() as i32);
    let ox = 0.3 + 0.4 * hash2(i, j, seed ^ 0x51);
    let oy = 0.3 + 0.4 * hash2(i, j, seed ^ 0xA7);
    let d = len(gx - i as f32 - ox, gy - j as f32 - oy);
    (smoothstep(size, size * 0.6, d), hash2(i, j, seed))
}

pub(super) fn sd_circle(x: f32, y: f32, cx: f32, cy: f32, r: f32) -> f32 {
    len(x - cx, y - cy) - r
}

pub(super) fn sd_ellipse(x: f32, y: f32, cx: f32, cy: f32, rx: f32, ry: f32) -> f32 {
    let (px, py) = ((x - cx) / rx, (y - cy) / ry);
    let k0 = len(px, py);
    let k1 = len(px / rx, py / ry);
    if k1 < 1e-6 {
        -rx.min(ry)
    } else {
        k0 * (k0 - 1.0) / k1
    }
}

pub(super) fn sd_box(x: f32, y: f32, cx: f32, cy: f32, hw: f32, hh: f32, r: f32) -> f32 {
    let qx = (x - cx).abs() - hw + r;
    let qy = (y - cy).abs() - hh + r;
    len(qx.max(0.0), qy.max(0.0)) + qx.max(qy).min(0.0) - r
}

pub(super) fn sd_segment(x: f32, y: f32, a: (f32, f32), b: (f32, f32)) -> f32 {
    let (pax, pay, bax, bay) = (x - a.0, y - a.1, b.0 - a.0, b.1 - a.1);
    let h = ((pax * bax + pay * bay) / (bax * bax + bay * bay).max(1e-9)).clamp(0.0, 1.0);
    len(pax - bax * h, pay - bay * h)
}

pub(super) fn sd_polygon(x: f32, y: f32, v: &[(f32, f32)]) -> f32 {
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
pub(super) fn local(x: f32, y: f32, cx: f32, cy: f32, angle: f32) -> (f32, f32) {
    let (s, c) = angle.sin_cos();
    let (dx, dy) = (x - cx, y - cy);
    (dx * c + dy * s, -dx * s + dy * c)
}

/// A solid of revolution seen a little from above: half-width `w(y)` from `y0` to `y1`, with an
/// elliptic bottom `k` times as tall as it is wide.
pub(super) fn sd_lathe(
    x: f32,
    y: f32,
    cx: f32,
    y0: f32,
    y1: f32,
    k: f32,
    w: &impl Fn(f32) -> f32,
) -> f32 {
    let yy = y.clamp(y0, y1);
    let h = 0.002;
    let (a, b) = ((yy - h).max(y0), (yy + h).min(y1));
    let slope = if b > a { (w(b) - w(a)) / (b - a) } else { 0.0 };
    let side = ((x - cx).abs() - w(yy)) / (1.0 + slope * slope).sqrt();
    let body = side.max(y0 - y).max(y - y1);
    let wb = w(y1);
    body.min(sd_ellipse(x, y, cx, y1, wb, (wb * k).max(0.002)))
}

pub(super) fn bb(cx: f32, cy: f32, hw: f32, hh: f32) -> [f32; 4] {
    [cx - hw, cy - hh, cx + hw, cy + hh]
}

/// Brightness of a rounded surface whose normal leans sideways by `t` (-1 left … 1 right), lit
/// from the upper left, with a highlight of strength `gloss`.
pub(super) fn lit(c: Rgb, t: f32, gloss: f32) -> Rgb {
    let t = t.clamp(-1.0, 1.0);
    let nz = (1.0 - t * t).max(0.0).sqrt();
    let diff = (-0.45 * t + 0.89 * nz).max(0.0);
    let spec = (-0.23 * t + 0.97 * nz).max(0.0).powi(28) * gloss;
    let f = 0.42 + 0.64 * diff;
    [c[0] * f + spec, c[1] * f + spec, c[2] * f + spec]
}

/// Brightness of a sphere-like surface at normal (nx, ny).
pub(super) fn ball(c: Rgb, nx: f32, ny: f32, gloss: f32) -> Rgb {
    let r2 = (nx * nx + ny * ny).min(1.0);
    let nz = (1.0 - r2).sqrt();
    let diff = (-0.42 * nx - 0.5 * ny + 0.76 * nz).max(0.0);
    let spec = (-0.224 * nx - 0.266 * ny + 0.938 * nz).max(0.0).powi(30) * gloss;
    let f = 0.38 + 0.7 * diff;
    [c[0] * f + spec, c[1] * f + spec, c[2] * f + spec]
}

pub(super) struct Canvas {
    pub(super) n: usize,
    pub(super) s: f32,
    pub(super) px: Vec<Rgb>,
}

impl Canvas {
    pub(super) fn new(size: u32) -> Self {
        let n = size as usize;
        Self {
            n,
            s: size as f32,
            px: vec![[1.0, 1.0, 1.0]; n * n],
        }
    }

    pub(super) fn span(&self, a: f32, b: f32) -> std::ops::Range<usize> {
        let lo = ((a * self.s).floor() - 1.0).clamp(0.0, self.s) as usize;
        let hi = ((b * self.s).ceil() + 1.0).clamp(0.0, self.s) as usize;
        lo..hi.max(lo)
    }

    /// Paints the shape `sdf` (negative inside) within the box `area` with `paint`'s colour and
    /// opacity; `soft` > 0 blurs the edge over that distance (shadows).
    pub(super) fn draw(
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

    pub(super) fn fill(
        &mut self,
        area: [f32; 4],
        sdf: impl Fn(f32, f32) -> f32,
        paint: impl Fn(f32, f32) -> Rgb,
    ) {
        self.draw(area, 0.0, sdf, |x, y| with(paint(x, y), 1.0));
    }

    pub(super) fn solid(&mut self, area: [f32; 4], sdf: impl Fn(f32, f32) -> f32, c: Rgb) {
        self.draw(area, 0.0, sdf, |_, _| with(c, 1.0));
    }

    pub(super) fn shadow(&mut self, cx: f32, cy: f32, rx: f32, ry: f32, strength: f32) {
        let soft = ry * 0.8;
        self.draw(
            bb(cx, cy, rx + soft * 2.0, ry + soft * 2.0),
            soft,
            |x, y| sd_ellipse(x, y, cx, cy, rx, ry),
            |_, _| [0.18, 0.12, 0.08, strength],
        );
    }

    pub(super) fn background(&mut self, r: &mut Rng) {
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

    pub(super) fn into_image(self) -> RgbImage {
        let n = self.n as u32;
        let to = |v: f32| (v.clamp(0.0, 1.0) * 255.0 + 0.5) as u8;
        RgbImage::from_fn(n, n, |i, j| {
            let p = self.px[j as usize * self.n + i as usize];
            Pixel([to(p[0]), to(p[1]), to(p[2])])
        })
    }
}

/// Wall top, wall bottom and table colours behind the products.
pub(super) const BACKDROPS: [(u32, u32, u32); 7] = [
    (0xF7F0E6, 0xEEDFCB, 0xD8BE9C),
    (0xEEF4EE, 0xDCE9DF, 0xC9B393),
    (0xF8EDE8, 0xEFD9D1, 0xCDA88E),
    (0xEBF1F6, 0xD9E4EC, 0xC7B59F),
    (0xFBF4E1, 0xF1E2BA, 0xD4B088),
    (0xF1EDF6, 0xE1D9EC, 0xC2AE97),
    (0xF4F1EC, 0xE6E0D6, 0xB9A58C),
];
