//! The sitemap's files. Search engines read at most 50,000 addresses from one sitemap file, so
//! `/sitemap.xml` is an index naming `pages.xml` (home, categories), then as many
//! `cooperatives-{n}.xml` and `products-{n}.xml` files as the catalog needs, each of at most
//! [`URLS_PER_FILE`] addresses.

/// The most addresses one sitemap file may hold (the sitemaps.org limit).
pub const URLS_PER_FILE: u64 = 50_000;

/// One file of the sitemap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SitemapFile {
    /// The home page and the category pages.
    Pages,
    /// Verified cooperatives' storefronts, the `n`th file from 1.
    Cooperatives(u64),
    /// Public products, the `n`th file from 1.
    Products(u64),
}

impl SitemapFile {
    /// The file's name under `/sitemaps/`.
    pub fn name(self) -> String {
        match self {
            Self::Pages => "pages.xml".into(),
            Self::Cooperatives(n) => format!("cooperatives-{n}.xml"),
            Self::Products(n) => format!("products-{n}.xml"),
        }
    }

    /// The file called `name`; `None` for any other name (`products-0.xml`, `products-01.xml`,
    /// `products-1.xml.gz`), so one file has one name.
    pub fn parse(name: &str) -> Option<Self> {
        if name == "pages.xml" {
            return Some(Self::Pages);
        }
        let stem = name.strip_suffix(".xml")?;
        let (kind, number) = stem.rsplit_once('-')?;
        if number.starts_with('0')
            || number.len() > 9
            || !number.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let n = number.parse().ok()?;
        match kind {
            "cooperatives" => Some(Self::Cooperatives(n)),
            "products" => Some(Self::Products(n)),
            _ => None,
        }
    }

    /// Where this file's addresses start among its kind's, in order (0 for the first file).
    pub fn offset(self) -> u64 {
        match self {
            Self::Pages => 0,
            Self::Cooperatives(n) | Self::Products(n) => (n - 1) * URLS_PER_FILE,
        }
    }
}

/// The files of a catalog with `cooperatives` storefronts and `products` products.
pub fn files(cooperatives: u64, products: u64) -> Vec<SitemapFile> {
    let mut files = vec![SitemapFile::Pages];
    files.extend((1..=cooperatives.div_ceil(URLS_PER_FILE)).map(SitemapFile::Cooperatives));
    files.extend((1..=products.div_ceil(URLS_PER_FILE)).map(SitemapFile::Products));
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_catalog_needs_several_files_of_at_most_the_limit() {
        let names: Vec<String> = files(12, 120_000)
            .into_iter()
            .map(SitemapFile::name)
            .collect();
        assert_eq!(
            names,
            [
                "pages.xml",
                "cooperatives-1.xml",
                "products-1.xml",
                "products-2.xml",
                "products-3.xml"
            ]
        );
        assert_eq!(SitemapFile::Products(3).offset(), 100_000);
        assert_eq!(files(0, 0), [SitemapFile::Pages]);
        assert_eq!(files(0, 50_000).len(), 2);
        assert_eq!(files(0, 50_001).len(), 3);
    }

    #[test]
    fn every_file_has_one_name() {
        for file in files(60_000, 120_000) {
            assert_eq!(SitemapFile::parse(&file.name()), Some(file));
        }
        for other in [
            "products-0.xml",
            "products-01.xml",
            "products-1.xml.gz",
            "products-.xml",
            "products-1",
            "orders-1.xml",
            "products-99999999999999999999.xml",
            "../products-1.xml",
        ] {
            assert_eq!(SitemapFile::parse(other), None, "{other}");
        }
    }
}
