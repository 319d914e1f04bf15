//! Cheese.

use super::{
    canvas::*,
    jars::leaves_beside,
    wood::{grain, wood_tone},
};

pub(super) fn cheese(c: &mut Canvas, r: &mut Rng, herbs: bool, aged: bool) {
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
