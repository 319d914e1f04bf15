//! The `taawon` command line: `serve`, `migrate`, `seed-demo`, `create-admin`.

use crate::{Application, Overrides, config::Config, database, demo, telemetry};
use app::ssr::services::accounts::{self, AdminCreated};
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
    /// Load the demo data (demo accounts). Does nothing when it is already there.
    SeedDemo,
    /// Create the first admin, or give an existing account the admin role. The password is read
    /// from TAAWON_ADMIN_PASSWORD, else from the first line of standard input.
    CreateAdmin {
        /// The admin's e-mail address.
        #[arg(long)]
        email: String,
        /// The admin's name, shown in the interface.
        #[arg(long, default_value = "Admin")]
        name: String,
    },
}

/// Parses the command line and runs the command; errors are printed once, here.
pub async fn run() -> ExitCode {
    let cli = Cli::parse();
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
            let application = Application::build(&config, Overrides::default()).await?;
            if demo_data {
                demo::seed(&application.state().db).await?;
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
        Command::SeedDemo => {
            let db = database::connect(&config).await?;
            database::migrate(&db).await?;
            let seeded = demo::seed(&db).await?;
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
        Command::CreateAdmin { email, name } => {
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
            match accounts::create_admin(&db, &email, &name, &password).await {
                Ok(AdminCreated::NewAccount(id)) => println!("admin account created: {id}"),
                Ok(AdminCreated::Promoted(id)) => println!("existing account {id} is now an admin"),
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
