//! A drawn picture for each demo product, so the demo needs no downloaded pictures: a tiny
//! signed-distance renderer. Coordinates are fractions of the picture (0..1, y down); every shape
//! is a distance function, so edges are anti-aliased for free. Deterministic.
//!
//! `canvas.rs` is the renderer; each other file draws one family of objects.

mod basketry;
mod bowls;
mod canvas;
mod cosmetics;
mod dairy;
mod jars;
mod jewellery;
mod leather;
mod pottery;
mod saffron;
mod textiles;
mod wood;

use crate::catalog::{ProductTemplate, top_level};
use basketry::{basket, hat, tbak};
use bowls::{Heap, Pile, bowl, plate_of, wheat};
use canvas::{Canvas, Rng, hex};
use cosmetics::{cream_jar, soap};
use dairy::cheese;
use image::RgbImage;
use jars::{
    Emblem, Fill, Piece, Top, bottle, dipper, jar, leaves_beside, nuts_beside, olive_branch, petals,
};
use jewellery::{bracelet, earrings, fibula, necklace, ring, velvet};
use leather::{bag, pouf, slippers};
use pottery::{glazed_bowl, jug, plate, tagine};
use saffron::saffron;
use textiles::{RugStyle, blankets, cushion, rug};
use wood::{board, chessboard, spoons, wood_bowl, wood_box};

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
