//! The `taawon` command line: `serve`, `migrate`, `backup`, `seed-demo`, `reindex`,
//! `create-admin`, and the register commands.

use crate::{Application, Overrides, config::Config, database, telemetry};
use backend::services::accounts::{self, AdminCreated};
use clap::{Parser, Subcommand};
use std::{io::BufRead, process::ExitCode};

/// Taawon: a marketplace where verified Moroccan cooperatives sell directly to consumers.
#[derive(Debug, Parser)]
#[command(name = "taawon", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    config: Config,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the web server (applies migrations first).
    Serve {
        /// Load the demo data when the database has no users yet (what the run command does).
        #[arg(long, env = "TAAWON_DEMO_DATA", default_value_t = false)]
        demo_data: bool,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Ask the server listening on TAAWON_LISTEN for /healthz; exit 0 when it answers 200 (a
    /// container's health check, with no curl in the image).
    Healthcheck,
    /// Write a consistent backup of the database to FILE while the server runs: SQLite with
    /// VACUUM INTO (restore: stop the server, put the file in place of the database), PostgreSQL
    /// with pg_dump's custom format (restore: pg_restore --no-owner into an empty database).
    Backup {
        /// The backup file to write (must not exist).
        file: std::path::PathBuf,
    },
    /// Load the demo data (demo accounts). Does nothing when it is already there.
    SeedDemo,
    /// Import the national register of cooperatives from a CSV file (UTF-8; columns
    /// register_number, name_ar, name_fr, region, province, sector, registered_on, status).
    /// Every line is checked first: a file with any bad line imports nothing.
    ImportRegistry {
        /// The CSV file.
        file: std::path::PathBuf,
        /// Take verified cooperatives the file shows dissolved or in liquidation off sale (back
        /// to the admins' queue). Without it such a file is refused and they are listed.
        #[arg(long)]
        confirm_off_sale: bool,
    },
    /// Print a generated sample register (CSV) to standard output.
    SampleRegistry {
        /// Number of cooperatives.
        #[arg(long, default_value_t = demo::register::DEMO_ROWS)]
        rows: usize,
        /// Seed: the same seed gives the same file.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
    /// Rebuild the search index from the database, with a progress bar. With the embedded
    /// engine, stop the server first (it holds the index).
    Reindex,
    /// Load the demo marketplace into a scratch database, run the judged search queries
    /// (demo/relevance/queries.tsv) and print recall@10, MRR and nDCG@10 for each engine.
    Relevance,
    /// Create the first admin. An existing account is given the admin role only with `--promote`
    /// and only when its address is verified (someone else may have signed up with the
    /// operator's address first). The password of a new account is read from
    /// TAAWON_ADMIN_PASSWORD, else from the first line of standard input.
    CreateAdmin {
        /// The admin's e-mail address.
        #[arg(long)]
        email: String,
        /// The admin's name, shown in the interface.
        #[arg(long, default_value = "Admin")]
        name: String,
        /// Give the role to the account that already has this address (it must be verified).
        #[arg(long)]
        promote: bool,
    },
}

/// Parses the command line and runs the command; errors are printed once, here.
pub async fn run() -> ExitCode {
    let cli = Cli::parse();
    // Before any TLS client (database, Stripe, S3, SMTP) is built.
    crate::tls::install_crypto_provider();
    telemetry::init_logging(&cli.config.log_format);
    match execute(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("taawon: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn execute(cli: Cli) -> anyhow::Result<()> {
    let config = cli.config;
    match cli.command {
        Command::Serve { demo_data } => {
            // The old switch would now be ignored, and every client would count as the proxy.
            if std::env::var_os("TAAWON_TRUST_PROXY").is_some() {
                anyhow::bail!(
                    "TAAWON_TRUST_PROXY is replaced by TAAWON_TRUSTED_PROXIES: set it to 1 behind \
                     one load balancer (or to the proxies' networks), and unset TAAWON_TRUST_PROXY"
                );
            }
            let application = Application::build(&config, Overrides::default()).await?;
            if demo_data {
                let state = application.state();
                if demo::seed(&state.db, &state.media).await? {
                    demo::seed_orders(&state.db, &state.settings()).await?;
                    demo::seed_experts(&state.db, &state.settings()).await?;
                }
            }
            tracing::info!(address = %application.address()?, public_url = %config.public_url, "Taawon is listening");
            application.serve().await
        }
        Command::Migrate => {
            let db = database::connect(&config).await?;
            database::migrate(&db).await?;
            println!("migrations applied");
            Ok(())
        }
        Command::Healthcheck => healthcheck(config.listen).await,
        Command::Backup { file } => {
            println!("{}", crate::backup::backup(&config, &file).await?);
            Ok(())
        }
        Command::SeedDemo => {
            let db = database::connect(&config).await?;
            database::migrate(&db).await?;
            let media = config.media_store()?;
            let seeded = demo::seed(&db, &media).await?;
            if seeded {
                demo::seed_orders(&db, &config.app_settings()).await?;
                demo::seed_experts(&db, &config.app_settings()).await?;
            }
            println!(
                "{}",
                if seeded {
                    "demo data loaded"
                } else {
                    "demo data already present"
                }
            );
            Ok(())
        }
        Command::ImportRegistry {
            file,
            confirm_off_sale,
        } => import_registry(&config, &file, confirm_off_sale).await,
        Command::Reindex => reindex(&config).await,
        Command::Relevance => relevance(&config).await,
        Command::SampleRegistry { rows, seed } => {
            print!("{}", demo::register::csv(rows, seed));
            Ok(())
        }
        Command::CreateAdmin {
            email,
            name,
            promote,
        } => {
            let password = match std::env::var("TAAWON_ADMIN_PASSWORD") {
                Ok(p) => p,
                Err(_) => {
                    eprintln!("password (8-128 characters), then Enter:");
                    let mut line = String::new();
                    std::io::stdin().lock().read_line(&mut line)?;
                    line.trim_end_matches(['\r', '\n']).to_owned()
                }
            };
            let db = database::connect(&config).await?;
            database::migrate(&db).await?;
            match accounts::create_admin(&db, &email, &name, &password, promote).await {
                Ok(AdminCreated::NewAccount(id)) => println!("admin account created: {id}"),
                Ok(AdminCreated::Promoted(id)) => println!("existing account {id} is now an admin"),
                Ok(AdminCreated::ExistsNotPromoted(id)) => anyhow::bail!(
                    "an account ({id}) already has this address; nothing changed. If it is yours, \
                     run again with --promote"
                ),
                Ok(AdminCreated::NotVerified(id)) => anyhow::bail!(
                    "the account {id} with this address has not verified it; nothing changed. \
                     Follow the link mailed to it (or ask for a new one from its account), then \
                     run again with --promote"
                ),
                Err(app::error::AppError::Invalid(fields)) => {
                    let reasons: Vec<String> = fields
                        .errors
                        .iter()
                        .map(|(field, issue)| {
                            format!(
                                "{field}: {}",
                                app::i18n::t(domain::Locale::En, &issue.message_key())
                            )
                        })
                        .collect();
                    anyhow::bail!("refused: {}", reasons.join("; "));
                }
                Err(e) => anyhow::bail!("could not create the admin: {e}"),
            }
            Ok(())
        }
    }
}

async fn import_registry(
    config: &Config,
    file: &std::path::Path,
    confirm_off_sale: bool,
) -> anyhow::Result<()> {
    use backend::services::registry::{self, FileProblem, OffSale};
    let bytes =
        std::fs::read(file).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", file.display()))?;
    let rows = match registry::parse_csv(&bytes) {
        Ok(rows) => rows,
        Err(problems) => {
            for problem in &problems {
                match problem {
                    FileProblem::NotUtf8 => {
                        eprintln!("the file is not UTF-8 text: save it as \"CSV UTF-8\"")
                    }
                    FileProblem::Empty => eprintln!("the file has no data lines"),
                    FileProblem::MissingColumn { column } => eprintln!("missing column: {column}"),
                    FileProblem::Line { line, problems } => {
                        let codes: Vec<&str> = problems.iter().map(|p| p.code()).collect();
                        eprintln!("line {line}: {}", codes.join(", "));
                    }
                }
            }
            anyhow::bail!(
                "nothing was imported: fix the {} problem(s) above and import again",
                problems.len()
            );
        }
    };
    let db = database::connect(config).await?;
    database::migrate(&db).await?;
    let bar = indicatif::ProgressBar::new(rows.len() as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} importing [{bar:40}] {pos}/{len} ({eta})",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    let off_sale = if confirm_off_sale {
        OffSale::Confirmed
    } else {
        OffSale::Ask
    };
    let report = registry::import(&db, &rows, None, off_sale, |done| bar.set_position(done)).await;
    bar.finish_and_clear();
    let report = match report {
        Err(backend::error::AppError::RegisterLapses {
            cooperatives,
            total,
        }) => {
            eprintln!("the file shows {total} verified cooperatives dissolved or in liquidation:");
            for c in &cooperatives {
                eprintln!(
                    "  {} {} ({})",
                    c.register_number,
                    c.name_fr,
                    c.status.code()
                );
            }
            anyhow::bail!(
                "nothing was imported: check them, then import again with --confirm-off-sale to take them off sale"
            );
        }
        other => other.map_err(|e| anyhow::anyhow!("import failed, nothing was written: {e}"))?,
    };
    println!(
        "register imported: {} new, {} updated, {} unchanged, {} verified cooperatives taken off sale",
        report.created, report.updated, report.unchanged, report.off_sale
    );
    Ok(())
}

async fn reindex(config: &Config) -> anyhow::Result<()> {
    let db = database::connect(config).await?;
    database::migrate(&db).await?;
    let (index, _) = crate::search::open(config).await?;
    // Here the engine must answer: a reindex that cannot reach it fails with the reason.
    index
        .prepare()
        .await
        .map_err(|e| anyhow::anyhow!("the search engine cannot be set up: {e}"))?;
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} indexing [{bar:40}] {pos}/{len} products ({per_sec}, {eta})",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    let started = std::time::Instant::now();
    let written = backend::search::sync::reindex(&db, index.as_ref(), |done, total| {
        bar.set_length(total);
        bar.set_position(done);
    })
    .await;
    bar.finish_and_clear();
    let written = written.map_err(|e| anyhow::anyhow!("reindex failed: {e}"))?;
    println!(
        "{} products indexed by the {} engine in {:.1} s",
        written,
        index.name(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

async fn healthcheck(listen: std::net::SocketAddr) -> anyhow::Result<()> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut address = listen;
    if address.ip().is_unspecified() {
        address.set_ip(std::net::Ipv4Addr::LOCALHOST.into());
    }
    let ask = async {
        let mut stream = tokio::net::TcpStream::connect(address).await?;
        stream
            .write_all(b"GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n")
            .await?;
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).await?;
        anyhow::Ok(answer)
    };
    let answer = tokio::time::timeout(std::time::Duration::from_secs(3), ask)
        .await
        .map_err(|_| anyhow::anyhow!("{address} did not answer within 3 s"))??;
    let status = String::from_utf8_lossy(&answer[..answer.len().min(12)]).into_owned();
    anyhow::ensure!(
        status.starts_with("HTTP/1.") && status.ends_with(" 200"),
        "{address}/healthz answered {status:?}"
    );
    println!("healthy");
    Ok(())
}

/// `taawon relevance`: the demo marketplace in a scratch SQLite database (and a scratch
/// Meilisearch index when `MEILISEARCH_URL` is set), measured by `demo::relevance`.
async fn relevance(config: &Config) -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("relevance.db").display()
    );
    let db = sea_orm::Database::connect(&url).await?;
    database::migrate(&db).await?;
    let media = backend::media::MediaStore::local(&dir.path().join("media"))
        .map_err(|_| anyhow::anyhow!("cannot open a scratch media folder"))?;
    let meilisearch = match &config.meilisearch_url {
        Some(url) => {
            let key = config
                .meilisearch_api_key
                .as_ref()
                .map(|k| k.expose().to_owned());
            Some(
                backend::search::meili::MeiliIndex::connect(
                    url,
                    key.as_deref(),
                    "taawon-relevance",
                )
                .await?,
            )
        }
        None => None,
    };
    demo::relevance::run(&db, &media, meilisearch).await
}
