# Taawon — français.

brand-name = Taawon
nav-skip-to-content = Aller au contenu
nav-label = Compte et panier
nav-cart = Panier
nav-menu = Menu
nav-sign-in = Se connecter
nav-sign-up = Créer un compte
nav-sign-out = Se déconnecter
language-label = Langue

search-label = Rechercher des produits et des coopératives
search-placeholder = Huile d’argan, miel, tapis…
search-submit = Rechercher
search-title = Recherche
search-you-searched = Vous avez cherché :
search-empty-catalog = Aucun produit n’est encore en ligne. Des coopératives nous rejoignent ; leurs produits apparaîtront ici.

cart-title = Votre panier
cart-empty = Votre panier est vide.

footer-mission = Achetez directement aux coopératives marocaines. Des experts bénévoles les aident à bâtir des marques qui se vendent.
footer-copyright = © Taawon — commerce équitable, sans intermédiaires.

home-title = Produits des coopératives marocaines, directement des producteurs
home-description = Achetez huile d’argan, miel, safran, tapis et poterie directement auprès de coopératives marocaines vérifiées. Paiement à la livraison.
home-heading = De la coopérative à votre porte
home-lead = Achetez directement auprès de coopératives marocaines vérifiées : sans intermédiaires, à prix juste, paiement à la livraison.
home-cta-browse = Voir les produits
home-cta-join = Rejoindre Taawon
home-who-heading = Pour qui est Taawon
home-who-consumers = Acheteurs
home-who-consumers-text = Trouvez des produits locaux authentiques en arabe, en français ou en anglais, et payez à la réception.
home-who-cooperatives = Coopératives
home-who-cooperatives-text = Vendez en ligne sans intermédiaires, avec une vitrine à vos couleurs.
home-who-experts = Experts bénévoles
home-who-experts-text = Mettez vos talents en image de marque, photographie et emballage au service des coopératives.

not-found-title = Page introuvable
not-found-heading = Nous n’avons pas trouvé cette page
not-found-text = Le lien est peut-être erroné, ou la page a été déplacée.
not-found-home = Retour à l’accueil

server-error-title = Une erreur est survenue
server-error-heading = Une erreur est survenue de notre côté
server-error-text = Rien n’a été modifié. Veuillez réessayer dans un instant.

sign-in-title = Connexion
sign-in-submit = Se connecter
sign-in-no-account = Nouveau sur Taawon ?
sign-in-forgot = Mot de passe oublié ?
sign-in-reset-done = Votre mot de passe a été changé et toutes les sessions de votre compte ont été fermées. Connectez-vous avec le nouveau mot de passe.
forgot-title = Mot de passe oublié
forgot-lead = Saisissez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe. Le lien est valable une heure, une seule fois.
forgot-submit = M’envoyer un lien
forgot-sent = Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe vient de lui être envoyé. Il est valable une heure, une seule fois. Consultez votre boîte de réception (et les indésirables).
reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe
reset-ask-again = Demander un nouveau lien
sessions-title = Où vous êtes connecté
sessions-lead = Chaque navigateur et téléphone connecté à votre compte. Si vous n’en reconnaissez pas un, déconnectez-le et changez votre mot de passe.
sessions-device = Appareil
sessions-place = Réseau
sessions-last-seen = Dernière utilisation (UTC)
sessions-this-one = Ce navigateur
sessions-unknown-device = Appareil inconnu
sessions-end = Déconnecter celui-ci
sessions-end-others = Déconnecter partout ailleurs
sessions-ended = Déconnecté. Ce navigateur devra se reconnecter pour utiliser votre compte.
mail-reset-subject = Choisissez un nouveau mot de passe Taawon
mail-reset-body = Bonjour { $name },

    Quelqu’un (vous, nous l’espérons) a demandé à choisir un nouveau mot de passe pour votre compte Taawon.
    Pour cela, ouvrez ce lien dans les { $minutes } minutes ; il ne sert qu’une fois :
    { $link }

    Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste le même.
sign-up-title = Créer votre compte
sign-up-lead = Un seul compte pour acheter, gérer la vitrine de votre coopérative ou devenir expert bénévole.
sign-up-submit = Créer mon compte
sign-up-have-account = Vous avez déjà un compte ?

field-label-email = Adresse e-mail
field-label-password = Mot de passe
field-label-display-name = Votre nom
field-label-current-password = Mot de passe actuel
field-label-new-password = Nouveau mot de passe
field-label-confirm-password = Répétez le nouveau mot de passe
password-show = Afficher
password-hide = Masquer
password-rules = De 8 à 128 caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.
form-has-errors = Veuillez corriger les champs signalés ci-dessous. Rien n’a été enregistré.

field-required = Ce champ est obligatoire.
field-email-invalid = Saisissez une adresse e-mail comme nom@exemple.ma.
field-password-too-short = Le mot de passe doit comporter au moins 8 caractères.
field-password-too-long = Le mot de passe doit comporter au plus 128 caractères.
field-password-too-common = Ce mot de passe fait partie des plus courants et se devine facilement. Choisissez-en un autre.
field-too-long = C’est trop long.
field-ice-invalid = L’ICE comporte exactement 15 chiffres.
field-register-number-invalid = Saisissez le numéro d’immatriculation tel qu’il figure sur votre certificat (lettres, chiffres, / - .).
field-email-taken = Un compte utilise déjà cette adresse e-mail. Voulez-vous vous connecter ?
field-passwords-differ = Les deux nouveaux mots de passe ne sont pas identiques.
field-current-password-wrong = Le mot de passe actuel est incorrect.

account-title = Votre compte
account-greeting = Bienvenue, { $name }
account-roles = Vos rôles
account-change-password = Changer de mot de passe
account-change-password-submit = Changer le mot de passe
account-password-changed = Votre mot de passe a été changé. Toutes les autres sessions de votre compte ont été fermées.

role-consumer = Acheteur
role-cooperative-member = Membre de coopérative
role-expert = Expert bénévole
role-admin = Administrateur

error-not-found = Nous n’avons pas trouvé ce que vous demandez.
error-unauthorized = Veuillez vous connecter pour continuer.
error-forbidden = Vous n’êtes pas autorisé à faire cela.
error-invalid-input = Certains champs sont à corriger. Rien n’a été enregistré.
error-invalid-credentials = L’adresse e-mail ou le mot de passe est incorrect.
error-rate-limited = { $minutes ->
    [one] Trop de tentatives. Veuillez patienter une minute avant de réessayer.
   *[other] Trop de tentatives. Veuillez patienter { $minutes } minutes avant de réessayer.
}
error-conflict = Ceci a déjà été modifié ou envoyé. Veuillez recharger la page.
error-cross-site = Cette demande venait d’un autre site et a été refusée. Rien n’a été modifié.
error-payload-too-large = Ce que vous avez envoyé est trop volumineux : 10 Mo au plus par fichier.
error-bad-request = Le formulaire était incomplet ou endommagé. Veuillez réessayer.
error-internal = Une erreur est survenue de notre côté. Rien n’a été modifié ; veuillez réessayer.

# Cooperatives
field-phone-invalid = Saisissez un numéro marocain, par ex. 0612345678 ou +212 612 345 678.
field-number-invalid = Saisissez un nombre entier (au moins 1 pour les membres).
field-choice-invalid = Choisissez l’une des options proposées.
field-date-invalid = Saisissez une date réelle, non future (AAAA-MM-JJ ou JJ/MM/AAAA).
field-women-exceed-members = Le nombre de femmes ne peut pas dépasser le nombre total de membres.
field-register-number-unknown = Ce numéro ne figure pas au registre central des coopératives. Vérifiez-le sur votre certificat.
field-register-number-taken = Une coopérative avec ce numéro est déjà inscrite sur Taawon.
nav-my-cooperatives = Mes coopératives
nav-admin = Administration
coop-new-title = Inscrire votre coopérative
coop-new-lead = Nous vérifions vos informations auprès du registre central des coopératives. Une fois vérifiée, votre coopérative peut vendre sur Taawon.
coop-new-submit = Envoyer pour vérification
coop-field-register-number = Numéro d’immatriculation
coop-field-ice = ICE (15 chiffres)
coop-field-name-ar = Dénomination en arabe
coop-field-name-fr = Dénomination en français
coop-field-region = Région
coop-field-province = Province ou préfecture
coop-field-sector = Secteur
coop-field-founded-on = Date de création
coop-field-member-count = Nombre de membres
coop-field-women-count = Dont femmes
coop-field-phone = Téléphone
coop-choose = Choisir…
coop-mine-title = Mes coopératives
coop-mine-empty = Vous ne gérez pas encore de coopérative sur Taawon.
coop-mine-submitted = Merci. Votre coopérative a été envoyée pour vérification ; nous vous enverrons la décision par e-mail.
coop-mine-register = Inscrire une coopérative
coop-view-storefront = Voir la vitrine
coop-state-draft = Brouillon
coop-state-submitted = En attente de vérification
coop-state-verified = Vérifiée
coop-state-rejected = Refusée
coop-state-suspended = Suspendue
coop-reason = Motif
admin-queue-title = Coopératives à vérifier
admin-queue-empty = Rien à afficher ici.
admin-queue-declared = Déclaré
admin-queue-register = Registre central
admin-queue-not-in-register = Absent du registre
admin-match-exact = Correspondance exacte avec le registre
admin-match-partial = Correspondance partielle : vérifiez les champs signalés
admin-match-none = Aucune entrée avec ce numéro au registre
admin-match-differs = diffère
admin-verify = Vérifier
admin-reject = Refuser
admin-suspend = Suspendre
admin-reinstate = Rétablir
admin-reason-label = Motif (envoyé à la coopérative)
admin-decision-recorded = Décision enregistrée ; la coopérative a été prévenue par e-mail.
admin-tab-submitted = À vérifier
admin-tab-verified = Vérifiées
admin-tab-rejected = Refusées
admin-tab-suspended = Suspendues
admin-submitted-on = Envoyée le
storefront-verified-badge = Coopérative vérifiée · n° { $number }
storefront-women-led = Dirigée par des femmes
storefront-founded = Fondée en { $year }
storefront-members = { $count ->
    [one] 1 membre
   *[other] { $count } membres
}
mail-cooperative-verify-subject = Votre coopérative { $name } est vérifiée
mail-cooperative-verify-body = Bonne nouvelle : { $name } est désormais vérifiée sur Taawon. Vous pouvez créer votre identité visuelle et mettre vos produits en ligne.
mail-cooperative-reject-subject = Votre coopérative { $name } n’a pas pu être vérifiée
mail-cooperative-reject-body = Nous n’avons pas pu vérifier { $name }. Motif : { $reason }. Vous pouvez corriger vos informations et les renvoyer.
mail-cooperative-suspend-subject = Votre coopérative { $name } est suspendue
mail-cooperative-suspend-body = { $name } est suspendue sur Taawon et ne peut pas vendre pour le moment. Motif : { $reason }.
mail-cooperative-reinstate-subject = Votre coopérative { $name } est de nouveau active
mail-cooperative-reinstate-body = La suspension de { $name } est levée : elle peut de nouveau vendre sur Taawon.
mail-cooperative-submit-subject = Nous avons reçu { $name }
mail-cooperative-submit-body = { $name } a été envoyée pour vérification.

# Visual identity
field-colour-invalid = Choisissez une couleur (#rrggbb).
identity-title = Identité visuelle
identity-edit = Modifier l’identité visuelle
identity-not-verified = Votre coopérative doit être vérifiée avant de définir son identité visuelle.
identity-saved = Votre identité visuelle est enregistrée. La vitrine l’affiche désormais.
identity-preview = Aperçu
identity-preview-accent = Vos couleurs, avec un texte toujours lisible
identity-primary-colour = Couleur principale
identity-secondary-colour = Couleur secondaire
identity-tagline-ar = Slogan en arabe
identity-tagline-fr = Slogan en français
identity-tagline-en = Slogan en anglais
identity-story-ar = Votre histoire en arabe
identity-story-fr = Votre histoire en français
identity-story-en = Votre histoire en anglais
identity-save = Enregistrer et publier
identity-versions = Versions précédentes
identity-version = Version { $version } · { $date }
identity-current = actuelle
identity-restore = Restaurer

## Uploads and the media pipeline
field-file-empty = Choisissez un fichier : celui-ci est vide ou absent.
field-file-too-large = Ce fichier dépasse 10 Mo. Envoyez une image plus légère.
field-file-type = Ce fichier n’est pas accepté. Envoyez une image JPEG, PNG ou WebP (ou un PDF pour un document).
field-image-dimensions = Cette image est trop grande : 8 192 pixels de côté et 40 mégapixels au plus.
field-image-damaged = Cette image est incomplète ou abîmée et ne peut pas être lue.
identity-logo = Logo
identity-banner = Bannière
identity-image-hint = JPEG, PNG ou WebP, 10 Mo au plus. Les données cachées de la photo (position GPS…) sont retirées.
identity-upload-logo = Envoyer le logo
identity-upload-banner = Envoyer la bannière
identity-palette = Couleurs tirées de votre logo
identity-palette-none = Envoyez un logo : nous vous proposerons des couleurs tirées de sa palette.
storefront-logo-alt = Logo de { $name }
coop-field-certificate = Certificat négatif ou extrait du registre
coop-field-certificate-hint = PDF, JPEG ou PNG, 10 Mo au plus. Seuls les membres de la coopérative et les administrateurs peuvent le télécharger. Si le formulaire revient avec une erreur, choisissez à nouveau le fichier.
coop-certificate-download = Télécharger le certificat
admin-no-certificate = Aucun certificat envoyé

## The register upload (admins)
error-import-refused = Le fichier n’a pas été importé. Corrigez les problèmes ci-dessous et envoyez-le à nouveau : rien n’a été modifié.
registry-title = Registre central des coopératives
registry-lead = Importez le registre au format CSV (UTF-8) avec les colonnes : numéro d’immatriculation, nom en arabe, nom en français, région, province, secteur, date d’immatriculation, statut. Chaque ligne est vérifiée d’abord : un fichier avec une seule ligne fausse n’importe rien. Réimporter le même fichier ne change rien.
registry-size = Le registre compte { $count } coopératives.
registry-imported = Import terminé : { $created } ajoutées, { $updated } mises à jour, { $unchanged } inchangées.
registry-problems = Problèmes du fichier
registry-more-problems = … et { $count } autres problèmes.
registry-file = Fichier du registre (CSV)
registry-file-hint = CSV en UTF-8, 32 Mo au plus.
registry-import = Importer le registre
registry-problem-not-utf8 = Le fichier n’est pas en UTF-8. Enregistrez-le en « CSV UTF-8 » et envoyez-le à nouveau.
registry-problem-empty = Le fichier n’a pas de ligne d’en-tête ou pas de données.
registry-problem-missing-column = Colonne manquante : { $column }.
registry-problem-line = Ligne { $line } : { $reasons }
registry-row-register-number = numéro d’immatriculation absent ou mal formé
registry-row-name-missing = ni nom arabe ni nom français
registry-row-name-too-long = nom de plus de 200 caractères
registry-row-unknown-region = région inconnue
registry-row-unknown-province = province inconnue dans cette région
registry-row-unknown-sector = secteur inconnu
registry-row-bad-date = date invalide (AAAA-MM-JJ ou JJ/MM/AAAA)
registry-row-unknown-status = statut inconnu
registry-row-column-count = nombre de colonnes incorrect
registry-row-duplicate-number = numéro déjà présent sur une ligne précédente

## Team and invitations
field-already-member = Cette personne fait déjà partie de l’équipe.
field-already-invited = Une invitation à cette adresse attend déjà d’être acceptée.
field-too-many-invitations = Trop d’invitations attendent une réponse. Attendez qu’elles soient acceptées ou expirées.
error-invitation-invalid = Ce lien d’invitation n’est plus valable : il a déjà servi ou a expiré. Demandez une nouvelle invitation.
error-invitation-for-another = Cette invitation a été envoyée à une autre adresse e-mail. Connectez-vous avec le compte de cette adresse.
coop-settings-title = Profil et paramètres
coop-settings-payment = Paiement
coop-settings-cod = Les acheteurs peuvent payer nos colis à la livraison, en espèces
coop-settings-cod-hint = Désactivez-le si votre transporteur ne peut pas encaisser d'espèces. Les acheteurs de vos produits paient alors par carte, si le paiement par carte est ouvert.
coop-settings-save = Enregistrer
coop-settings-saved = Enregistré. Le profil public affiche déjà la modification.
team-title = Équipe
team-invited = Invitation envoyée. Le lien est valable 7 jours.
team-role-owner = propriétaire
team-role-manager = gestionnaire
team-invite-heading = Inviter un gestionnaire
team-invite-lead = La personne invitée reçoit un lien par e-mail. Une fois acceptée, elle peut gérer l’identité visuelle et, plus tard, les produits de la coopérative.
team-invite = Envoyer l’invitation
team-pending = Invitations en attente
team-expires = expire le { $date }
team-joined = Vous faites maintenant partie de l’équipe de la coopérative.
invitation-title = Invitation
invitation-lead = Vous êtes invité·e à gérer la coopérative « { $name } » sur Taawon. Invitation envoyée à { $email }.
invitation-accept = Accepter l’invitation
invitation-sign-in-first = Connectez-vous (ou créez un compte) avec l’adresse invitée pour accepter.
mail-invitation-subject = Invitation à gérer { $name } sur Taawon
mail-invitation-body = Bonjour,

    { $inviter } vous invite à gérer la coopérative « { $name } » sur Taawon.

    Pour accepter, ouvrez ce lien (valable { $days } jours) et connectez-vous avec cette adresse e-mail :
    { $link }

    Si vous ne connaissez pas cette coopérative, ignorez ce message.
coop-edit-title = Corriger et renvoyer le dossier
coop-edit-lead = Corrigez ce que l’administrateur a signalé, puis renvoyez le dossier : il repassera en vérification.
coop-edit-not-rejected = Seul un dossier refusé peut être corrigé et renvoyé.
coop-edit-certificate-hint = Facultatif : sans nouveau fichier, le certificat déjà envoyé est gardé. PDF, JPEG ou PNG, 10 Mo au plus.
coop-edit-submit = Renvoyer pour vérification

## Catalog
categories-title = Catégories
categories-description = Tout ce que vendent les coopératives marocaines : huiles, miel, safran, épices, couscous, cosmétiques, tapis, poterie…
breadcrumbs = Fil d’Ariane
breadcrumb-home = Accueil

## Products
field-price-invalid = Indiquez un prix supérieur à 0 avec au plus deux décimales, par ex. 120 ou 120,50.
field-quantity-invalid = Indiquez une quantité supérieure à 0 (un nombre entier pour les pièces), par ex. 250 ou 1,5.
field-sku-invalid = Utilisez seulement des lettres, des chiffres et - _ . / (40 au plus).
field-one-language-required = Remplissez au moins une langue.
field-sku-taken = Un autre de vos produits a déjà cette référence.
field-too-many-photos = Un produit a au plus 8 photos ; retirez-en une d’abord.
error-publish-blocked = Ce produit ne peut pas encore être publié.
publish-blocked-lead = Avant de publier :
publish-blocker-cooperative-not-verified = votre coopérative doit être vérifiée ;
publish-blocker-no-title = donnez au produit un titre dans au moins une langue ;
publish-blocker-no-price = donnez-lui un prix supérieur à 0 ;
publish-blocker-no-photo = ajoutez au moins une photo (un produit publié en garde au moins une).
products-none = Aucun produit ici pour le moment.
products-count = { $count ->
    [one] Un produit
   *[other] { $count } produits
}
products-not-verified = Seules les coopératives vérifiées peuvent proposer des produits. Le dossier de votre coopérative est en cours de vérification.
sort-label = Trier par
sort-apply = Trier
sort-newest = Nouveautés
sort-price-asc = Prix croissant
sort-price-desc = Prix décroissant
pager-label = Pages
pager-previous = ← Précédente
pager-next = Suivante →
pager-status = Page { $page } sur { $pages }
unit-g = grammes (g)
unit-kg = kilogrammes (kg)
unit-ml = millilitres (ml)
unit-l = litres (l)
unit-piece = pièces
unit-price-per-kg = { $price } / kg
unit-price-per-l = { $price } / litre
unit-price-per-piece = { $price } / pièce
product-in-stock = { $count ->
    [one] En stock : plus qu’un
   *[other] En stock : { $count } disponibles
}
product-out-of-stock = Épuisé
product-labels = Labels
product-description = Description
price-breakdown = Où va votre argent
price-breakdown-price = Prix payé
price-breakdown-fee = Commission Taawon ({ $percent } %)
price-breakdown-cooperative = La coopérative reçoit
product-share-whatsapp = Partager sur WhatsApp
product-share-link = Lien vers ce produit
product-share-copy = Copier le lien
product-share-copied = Lien copié
product-coop-verified = Coopérative vérifiée
product-coop-more = { $count ->
    [one] Voir son produit
   *[other] Voir ses { $count } produits
}
product-edit = Modifier le produit
product-new = Nouveau produit
product-create = Créer le brouillon
product-save = Enregistrer
product-saved = Enregistré.
product-preview = Aperçu
product-hidden = Masqué par l’équipe Taawon :
product-texts = Titre et description
product-texts-hint = Remplissez au moins une langue ; les visiteurs qui en lisent une autre verront celle que vous avez remplie.
product-format-hint = Mise en forme : **gras**, *italique*, et les lignes commençant par « - » forment une liste. Tout le reste s’affiche en texte simple.
product-offer = Prix et stock
product-field-title = Produit
product-field-title-ar = Titre en arabe
product-field-title-fr = Titre en français
product-field-title-en = Titre en anglais
product-field-description-ar = Description en arabe
product-field-description-fr = Description en français
product-field-description-en = Description en anglais
product-field-sku = Votre référence (SKU)
product-field-category = Catégorie
product-field-price = Prix (MAD)
product-field-stock = Stock
product-field-quantity = Quantité par unité de vente
product-field-unit = Unité
product-field-weight = Poids d’expédition en grammes (facultatif)
product-labels-none = Votre coopérative n’a encore déclaré aucun label.
product-options = Options
product-options-hint = Vendez ce produit en plusieurs tailles, poids ou couleurs : une option chacune, avec sa référence, son prix, sa quantité et son stock. Un produit à une seule option n’a pas besoin de lui donner un nom.
product-option-n = Option { $n }
product-option-new = Ajouter une option
product-option-label = Nom (100 ml, rouge…)
product-option-photo = Photo
product-option-photo-none = Aucune
product-option-photo-n = Photo { $n }
product-option-remove = Retirer cette option
product-options-save = Enregistrer les options
product-options-priced-apart = Le prix, la quantité et le stock se règlent pour chaque option, sous Options.
product-option-gtin = Numéro de code-barres (GTIN, facultatif)
product-in-feeds = Le montrer dans les flux d’achat (Google, Facebook, Instagram)
product-in-feeds-save = Enregistrer
product-photos = Photos
product-state = État
product-state-draft = Brouillon
product-state-published = En vente
product-state-archived = Archivé
product-event-publish = Publier
product-event-unpublish = Repasser en brouillon
product-event-archive = Archiver
product-event-restore = Restaurer en brouillon
photo-add = Ajouter une photo
photo-upload = Envoyer la photo
photo-earlier = Avancer
photo-later = Reculer
photo-remove = Retirer
photo-describe = Enregistrer les descriptions
photo-alt-ar = Ce que montre la photo, en arabe
photo-alt-fr = Ce que montre la photo, en français
photo-alt-en = Ce que montre la photo, en anglais
my-products-title = Produits
my-products-empty = Aucun produit pour l’instant. Créez le premier.
storefront-products = Produits
home-featured = Coopératives à la une
home-newest = Nouveaux produits
home-women-led = Coopératives de femmes
home-women-led-lead = Des coopératives dont au moins la moitié des membres sont des femmes.
coop-card-products = { $count ->
    [one] 1 produit
   *[other] { $count } produits
}
moderation-title = Modération
moderation-reason = Motif (la coopérative le verra)
moderation-hide = Masquer ce produit
moderation-show = Le rendre visible à nouveau

## Labels
labels-title = Labels
labels-lead = Déclarez vos labels de qualité avec leur numéro de certificat ou d’autorisation. L’équipe Taawon les vérifie ; seuls les labels vérifiés s’affichent sur vos produits.
labels-none = Aucun label déclaré pour l’instant.
labels-declare = Déclarer un label
labels-saved = Label déclaré. Il s’affichera une fois vérifié par l’équipe Taawon.
labels-decided = Décision enregistrée.
label-field-kind = Label
label-field-reference = Numéro de certificat ou d’autorisation
label-field-evidence = Justificatif (facultatif)
label-field-evidence-hint = Le certificat en PDF, JPEG ou PNG, 10 Mo au plus.
label-evidence-download = Justificatif
label-organic = Bio
label-igp = IGP
label-aop = AOP
label-label-agricole = Label Agricole
label-fair-trade = Commerce équitable
label-onssa = Autorisé ONSSA
label-state-pending = En vérification
label-state-verified = Vérifié
label-state-rejected = Refusé
label-verify = Vérifier
label-reject = Refuser
label-reject-reason = Motif du refus
admin-labels-title = Labels à vérifier
admin-labels-empty = Aucun label en attente.

## Product CSV
csv-title = Import et export (CSV)
csv-lead = Ajoutez ou mettez à jour de nombreux produits d’un coup : téléchargez le modèle, remplissez un produit par ligne et renvoyez-le. Une ligne dont la référence (SKU) existe déjà met ce produit à jour ; les autres deviennent des brouillons. Si une ligne pose problème, rien n’est importé.
csv-template = Télécharger le modèle
csv-export = Exporter mes produits
csv-file = Fichier CSV
csv-file-hint = CSV en UTF-8, séparé par des virgules ou des points-virgules, 5 000 lignes au plus.
csv-import = Importer
csv-imported = Import terminé : { $created } nouveaux, { $updated } mis à jour.
csv-too-many-lines = Le fichier dépasse { $max } lignes ; découpez-le.
csv-problem-field = Ligne { $line }, colonne « { $column } » : { $reason }
error-products-import-refused = Rien n’a été importé : le fichier comporte des erreurs.
filter-label = Label
filter-label-any = Tous

# Recherche
search-results-for = Résultats pour « { $query } »
search-truncated = Votre recherche dépassait 200 caractères ; nous avons cherché les 200 premiers.
search-filters = Filtres
search-filters-count = { $count ->
    [0] Filtres
   *[other] Filtres ({ $count })
}
search-active-filters = Filtres appliqués
search-price-between = { $min } à { $max } MAD
search-price-from = À partir de { $min } MAD
search-price-up-to = Jusqu’à { $max } MAD
search-clear = Effacer tous les filtres
search-remove-filter = Retirer ce filtre
search-facet-category = Catégorie
search-facet-region = Région
search-facet-sector = Secteur
search-facet-cooperative = Coopérative
search-facet-label = Label vérifié
search-facet-price = Prix (MAD)
search-price-min = De
search-price-max = À
search-apply = Appliquer
search-in-stock = En stock
search-women-led = Coopératives de femmes
search-none = Aucun produit ne correspond à votre recherche.
search-did-you-mean = Vouliez-vous dire :
search-suggestions = Produits suggérés
search-see-all = Voir tous les résultats
search-browse-instead = Ou parcourez les catégories :
sort-relevance = Pertinence
sort-rating = Mieux notés
error-search-unavailable = La recherche est momentanément indisponible. Réessayez dans un instant, ou parcourez les catégories.

# Cart, checkout and orders
cart-added = Ajouté à votre panier.
cart-continue = Parcourir les produits
cart-from = De
cart-quantity = Quantité
cart-update = Mettre à jour
cart-remove = Retirer
cart-price-was = (avant : { $price })
cart-problem-unavailable = Plus en vente : retirez-le pour commander le reste.
cart-problem-sold-out = Épuisé : retirez-le pour commander le reste.
cart-problem-not-enough = Plus que { $count } en stock : réduisez la quantité.
cart-prices-changed = Certains prix ont changé depuis que vous avez ajouté ces produits. Vérifiez-les, puis acceptez les nouveaux prix pour commander.
cart-accept-prices = Accepter les nouveaux prix
cart-has-problems = Certains produits ne peuvent pas être commandés tels quels. Modifiez-les ou retirez-les ci-dessous.
cart-fix-first = Corrigez le panier avant de commander.
cart-summary = Récapitulatif
cart-goods = Produits
cart-delivery = Livraison
cart-delivery-free = Gratuite
cart-free-delivery-missing = Ajoutez { $amount } de plus chez cette coopérative pour une livraison gratuite.
cart-share = La coopérative reçoit
cart-total = Total
cart-checkout = Commander
checkout-title = Commande
checkout-back-to-cart = Retour au panier
checkout-items = { $count } articles
checkout-delivery = Adresse de livraison
checkout-email = E-mail (facultatif)
checkout-name = Nom du destinataire
checkout-phone = Téléphone (le livreur l’appelle)
checkout-region = Région
checkout-city = Ville
checkout-address = Adresse
checkout-notes = Indications pour le livreur (facultatif)
checkout-payment = Paiement
checkout-pay-cod = Paiement à la livraison
checkout-pay-cod-hint = Vous payez en espèces le livreur de chaque coopérative à l’arrivée de votre colis.
checkout-no-payment = Aucun moyen de paiement n’est disponible pour ce panier : une de ses coopératives n’accepte pas le paiement à la livraison.
checkout-place = Passer la commande
order-title = Commande { $number }
order-placed-thanks = Merci ! Votre commande est passée. Chaque coopérative va confirmer sa part.
order-keep-link = Gardez l’adresse de cette page : elle permet de suivre votre commande. Nous l’avons aussi envoyée par SMS sur votre téléphone (et par e-mail si vous en avez donné un).
order-state-pending-payment = En attente de paiement
order-state-placed = Passée
order-state-paid = Payée
order-state-fulfilled = Livrée
order-state-cancelled = Annulée
shipment-state-pending = En attente de la coopérative
shipment-state-confirmed = Confirmée
shipment-state-shipped = En route
shipment-state-delivered = Livrée
shipment-state-cancelled = Annulée
shipment-state-refused = Refusé à la livraison
shipment-state-returned = Retourné à la coopérative
order-payment-cod = paiement à la livraison
order-payment-card = carte
order-tracking = { $carrier } numéro de suivi { $number }
order-cancel-reason = Motif :
order-cancel-by-buyer = Annulé par l’acheteur.
order-cancel-part = Annuler cette partie
order-cancel-why = Pourquoi ? (facultatif ; la coopérative le lit)
order-cancel-confirm = Annuler cette partie de la commande
order-cancelled-part = Cette partie de votre commande a été annulée. La coopérative a été prévenue.
order-product = Produit
order-line-total = Montant
orders-title = Mes commandes
orders-empty = Vous n’avez encore rien commandé.
orders-number = Numéro
orders-date = Date
orders-state = État
price-from = à partir de { $price }
product-option-choose = Choisissez
product-add-to-cart = Ajouter au panier
error-cart-empty = Votre panier est vide : il n’y a rien à commander.
error-cart-changed = Certains produits ne sont plus disponibles dans cette quantité. Rien n’a été commandé ; votre panier indique ce qui a changé.
error-own-cooperative = Vous êtes membre d’une coopérative de votre panier : ses membres ne commandent pas chez elle. Rien n’a été commandé ; retirez ses produits pour commander le reste.
error-cash-orders-limit = Vous avez déjà plusieurs commandes payables à la livraison qui attendent la confirmation des coopératives. Rien n’a été commandé ; attendez une confirmation, ou payez par carte.
error-prices-changed = Certains prix ont changé depuis que vous avez rempli votre panier. Rien n’a été commandé ; acceptez d’abord les nouveaux prix dans votre panier.
field-not-enough-stock = Il n’y en a pas autant en stock.
field-order-not-found = Aucune commande ne correspond à ce numéro et à ce téléphone. Vérifiez les deux : le numéro commence par TA- et figure dans le message que nous vous avons envoyé.
mail-order-placed-subject = Votre commande Taawon { $number }
mail-order-placed-body = Merci pour votre commande { $number } ({ $total }).

    Chaque coopérative va confirmer sa part et vous l’envoyer. Suivez votre commande ici :
    { $link }
mail-order-received-subject = Nouvelle commande { $number }
mail-order-received-body = Vous avez une nouvelle commande, { $number }. Confirmez-la ici :
    { $link }
mail-shipment-subject = Commande { $number } : { $state }
mail-shipment-body = { $cooperative } a mis à jour votre commande { $number } : { $state }.

    Suivez votre commande ici :
    { $link }
inbox-title = Commandes à traiter
inbox-empty = Aucune commande ici.
inbox-filter-all = Toutes
inbox-order = Commande { $number }
inbox-confirm = Confirmer
inbox-ship = Marquer expédiée
inbox-deliver = Marquer livrée
inbox-deliver-cash = Marquer livrée et payée en espèces
inbox-refuse = Refusé à la livraison
inbox-return = Le colis est revenu (le stock revient)
inbox-cancel = Annuler cette part
inbox-carrier = Transporteur (facultatif)
inbox-tracking = Numéro de suivi (facultatif)
inbox-reason = Motif (l’acheteur le voit)
inbox-saved = Enregistré. L’acheteur a été prévenu.
inbox-collect = À encaisser en espèces : { $amount }
inbox-share = Votre part : { $amount }
inbox-awaiting-card = En attente du paiement par carte : n’envoyez pas encore.
coop-orders = Commandes

# Card payments (Stripe Checkout)
checkout-pay-card = Payer maintenant par carte
checkout-pay-card-hint = Vous êtes conduit vers la page de paiement sécurisée de Stripe ; votre commande et son stock vous sont gardés le temps de payer.
order-awaiting-payment = Cette commande attend son paiement par carte. Les coopératives la préparent dès qu’elle est payée.
order-pay-card = Payer par carte
order-payment-confirming = Merci. Nous attendons la confirmation du paiement par la banque ; cette page l’affiche dès qu’elle arrive.
order-payment-failed = Le paiement par carte n’a pas abouti ou son délai est passé. Rien n’a été débité et la commande a été annulée.
order-cancel-unpaid = Le paiement par carte n’a pas été fait à temps.
order-cancel-refunded = Le paiement a été remboursé.
error-payment-unavailable = Le paiement par carte n’est pas disponible pour le moment. Votre commande est gardée : réessayez dans un instant depuis la page de la commande.
error-media-unavailable = Les photos et fichiers ne peuvent pas être enregistrés ou affichés pour le moment. Rien n’a été modifié : réessayez dans un instant.
error-busy = Le serveur est très sollicité. Rien n’a été modifié : réessayez dans un instant.
error-reset-link-invalid = Ce lien n’est plus valable : il a déjà servi, il a plus d’une heure, ou ce n’est pas nous qui l’avons envoyé. Rien n’a été modifié. Demandez-en un nouveau ci-dessous.
error-verify-link-invalid = Ce lien de confirmation n’est plus valable : il a déjà servi, il a plus de trois jours, ou votre adresse a changé depuis. Demandez-en un nouveau depuis le bandeau en haut de la page.
error-sole-owner = Vous êtes le seul propriétaire d’une coopérative. Demandez à la plateforme de la confier à un autre membre ou de la suspendre, puis supprimez votre compte. Rien n’a été modifié.
error-email-not-verified = Confirmez d’abord votre adresse e-mail : ouvrez le lien que nous y avons envoyé. Pas d’e-mail ? Demandez un nouveau lien depuis le bandeau en haut de la page. Rien n’a été modifié.
mail-payment-paid-subject = Paiement reçu pour la commande { $number }
mail-payment-paid-body = Nous avons reçu votre paiement de { $total } pour la commande { $number }.

    Chaque coopérative va confirmer sa part et vous l’envoyer. Suivez votre commande ici :
    { $link }
mail-payment-failed-subject = La commande { $number } n’a pas été payée
mail-payment-failed-body = Le paiement par carte de la commande { $number } n’a pas abouti ou son délai est passé. Rien n’a été débité et la commande a été annulée.

    { $link }
mail-payment-refunded-subject = La commande { $number } a été remboursée
mail-payment-refunded-body = Votre paiement de { $total } pour la commande { $number } a été remboursé.

    { $link }

# Payout ledger
payouts-title = Versements et solde
payouts-link = Versements et solde
payouts-earned = Gagné sur les commandes livrées
payouts-cash-collected = Espèces encaissées à la livraison
payouts-refunded = Remboursements imputés
payouts-frozen = Gelé par des contestations de paiement
payouts-received = Virements reçus
payouts-sent = Virements envoyés à Taawon
payouts-balance = Dû à la coopérative
payouts-balance-owing = Dû par la coopérative
payouts-how = Commandes par carte : Taawon a encaissé l’argent et doit à la coopérative les produits et la livraison, moins la commission. Paiement à la livraison : la coopérative a encaissé l’argent et doit la commission à Taawon.
payouts-download = Télécharger le relevé (CSV)
payouts-none = Rien pour l’instant : chaque commande livrée est inscrite ici.
payouts-date = Date
payouts-kind = Opération
payouts-kind-card-paid = Paiement par carte
payouts-kind-cash-collected = Espèces encaissées à la livraison
payouts-kind-earned = Commande livrée
payouts-kind-refund = Remboursement
payouts-kind-transfer-to-cooperative = Virement à la coopérative
payouts-kind-transfer-from-cooperative = Virement de la coopérative
payouts-kind-dispute-hold = Gelé : la banque de l’acheteur conteste le paiement
payouts-kind-dispute-release = Dégelé : la contestation est close
payouts-order = Commande
payouts-reference = Référence du virement
payouts-amount = Montant (MAD)
payouts-paid-on = Jour d’envoi du virement
payouts-direction = Sens
payouts-direction-to-cooperative = Taawon a payé la coopérative
payouts-direction-from-cooperative = La coopérative a payé Taawon
payouts-record = Enregistrer un virement
payouts-saved = Le virement a été enregistré.
admin-payouts-title = Versements et commissions dus
admin-payouts-none = Rien n’est ouvert avec aucune coopérative.
admin-payouts-to-pay = Coopératives à payer
admin-payouts-owing = Coopératives qui doivent des commissions
admin-payouts-none-to-pay = Aucune coopérative n’attend de versement.
admin-payouts-none-owing = Aucune coopérative ne doit de commission.
admin-payouts-cooperative = Coopérative
admin-refunds-title = Remboursements par carte non aboutis
admin-refunds-none = Tous les remboursements par carte sont passés.
admin-refunds-how = Un remboursement en attente est renvoyé à Stripe toutes les cinq minutes. Un remboursement refusé se règle dans le tableau de bord de Stripe ; son événement l’inscrit ensuite dans les comptes.
admin-refunds-state = État (essais)
admin-refunds-error = Réponse de Stripe
refund-state-requested = En attente de Stripe
refund-state-sent = Envoyé
refund-state-failed = Refusé par Stripe
recon-title = Rapprochement
recon-from = Du (inclus)
recon-to = Au (inclus)
recon-show = Afficher
recon-total = Toutes les coopératives
recon-sales = Ventes livrées
recon-cash = Espèces encaissées par la coopérative
recon-card = Ventes par carte
recon-fees = Commissions gagnées
recon-refunds = Remboursements par carte
recon-charged-back = Remboursements imputés
recon-frozen = Gelé par des contestations
recon-transferred-to = Virements à la coopérative
recon-transferred-from = Virements de la coopérative
recon-position = Ouvert à la fin (dû à elle ; négatif : elle doit)
recon-balanced = Le grand livre est équilibré : chaque débit a son crédit.
recon-unbalanced = Le grand livre n’est pas équilibré sur cette période : prévenez l’équipe technique.
recon-card-collected = Paiements par carte encaissés :
recon-download = Télécharger (CSV)
field-amount-over-balance = C’est plus que ce qui est ouvert avec cette coopérative.
field-transfer-wrong-direction = L’argent dû va dans l’autre sens : choisissez l’autre sens.

# Reviews
reviews-title = Avis
reviews-average = { $average } sur 5 · { $count ->
    [one] un avis
   *[other] { $count } avis
}
reviews-none = Pas encore d’avis.
reviews-stars = { $stars ->
    [one] 1 étoile sur 5
   *[other] { $stars } étoiles sur 5
}
reviews-see-product = voir le produit
reviews-hidden = Masqué aux acheteurs :
reviews-reply-heading = La réponse de la coopérative
reviews-reply = Répondre à cet avis (une fois, visible par tous)
reviews-reply-submit = Publier la réponse
reviews-hide-reason = Motif du masquage de cet avis
reviews-hide = Masquer l’avis
reviews-rate = Quelle note donnez-vous à { $product } ?
reviews-body = Votre avis (facultatif)
reviews-submit = Publier mon avis
reviews-yours = Votre note pour { $product } :
reviews-thanks = Merci : votre avis est publié.
mail-part-updated-subject = Commande { $number } : { $state }
mail-part-updated-body = Votre part de la commande { $number } est maintenant : { $state }. Vos commandes :
    { $link }

## Experts bénévoles
nav-requests = Demandes d’experts
expert-apply-title = Devenir expert bénévole
expert-apply-lead = Mettez vos compétences au service des coopératives : dites ce que vous faites, dans quelles langues et où. L’équipe Taawon vérifie chaque profil avant que vous puissiez prendre des demandes.
expert-apply = Envoyer ma candidature
expert-save = Enregistrer mon profil
expert-saved = Votre profil est enregistré.
expert-your-state = Votre profil :
expert-reason = Motif :
expert-see-requests = Voir les demandes
expert-public-link = Mon profil public
expert-public-title = { $name }, expert bénévole
expert-skills = Ce que vous savez faire
expert-languages = Langues
expert-mode = Comment vous travaillez
expert-remote = À distance
expert-on-site = Sur place, à la coopérative
expert-regions = Régions où vous pouvez vous déplacer
expert-capacity = Demandes à la fois
expert-capacity-hint = Combien de demandes vous pouvez suivre en même temps (1 à 10).
expert-capacity-of = en prend { $capacity } à la fois
expert-bio = À propos de vous : expérience, réalisations
expert-portfolio = Portfolio
expert-portfolio-image = Réalisation
expert-portfolio-add = Ajouter une image de votre travail
expert-portfolio-upload = Ajouter au portfolio
expert-portfolio-remove = Retirer
expert-state-pending = En attente de vérification
expert-state-verified = Vérifié
expert-state-rejected = Non retenu
admin-experts-title = Experts
admin-experts-tabs = Experts par état
admin-experts-empty = Aucun expert dans cet état.
admin-experts-verify = Vérifier
admin-experts-reject = Refuser
mail-expert-verified-subject = Vous êtes expert vérifié sur Taawon
mail-expert-verified = Votre profil d’expert est vérifié : vous pouvez maintenant prendre les demandes des coopératives.

    { $link }
mail-expert-rejected-subject = Votre profil d’expert Taawon
mail-expert-rejected = Nous n’avons pas pu retenir votre profil d’expert. Motif : { $reason }. Vous pouvez modifier votre profil pour candidater à nouveau.

    { $link }
match-speaks = parle { $language }
match-same-region = même région : { $region }
match-remote = travaille à distance
match-free = { $free ->
    [one] une place libre
   *[other] { $free } places libres
}
match-waiting = attend depuis { $days } jours
match-rated = noté { $rating }/5
impact-completed = Demandes terminées
impact-hours = Heures données
impact-rating = Note des coopératives
impact-not-rated = Pas encore noté.
impact-work = Travaux terminés
impact-no-work = Aucune demande terminée pour l’instant.
impact-before = Avant
impact-after = Après
impact-no-identity = Pas encore d’identité
impact-sales-caption = Ventes autour de la nouvelle identité (en ligne depuis le { $date })
impact-sales-before = 30 jours avant
impact-sales-after = 30 jours après
impact-ratings = Ce qu’en disent les coopératives
report-title = Programme d’experts
report-median-claim = Délai médian avant une première prise en charge
report-hours = { $hours } h
report-completion = Taux d’achèvement
report-total-hours = Heures données
report-by-state = Demandes par état
report-by-skill = Demandes par type
board-title = Demandes des coopératives
board-apply-first = Devenez expert pour recevoir des suggestions et prendre des demandes.
board-not-verified = Votre profil d’expert attend sa vérification : vous pouvez lire les demandes, et les prendre une fois vérifié par l’équipe.
board-capacity = Vous suivez { $held } demandes sur { $capacity }.
board-suggested = Suggérées pour vous
board-suggested-none = Aucune demande ouverte ne correspond à vos compétences pour l’instant.
board-mine = Vos demandes
board-open = Toutes les demandes ouvertes
board-open-none = Aucune demande ouverte.
board-any = Peu importe
board-yes = Oui
board-no = Non
board-filter = Filtrer
coop-requests-title = Aide d’experts
coop-requests-none = Aucune demande pour l’instant.
identity-ask-expert = Demander un logo à un expert
request-new = Demander de l’aide
request-limit = Demandes ouvertes : { $open } sur { $max }.
request-needs-verified = Seules les coopératives vérifiées peuvent demander un expert.
request-skill = Type d’aide
request-title = Titre
request-description = De quoi avez-vous besoin ?
request-languages = Langues souhaitées
request-on-site = Sur place
request-on-site-needed = Quelqu’un doit venir à la coopérative
request-deadline = Souhaité pour le (facultatif)
request-post = Publier la demande
request-page-title = Demande d’aide
request-back = Retour aux demandes
request-cooperative = Coopérative
request-expert = Expert
request-hours = Heures enregistrées
request-waited = { $days ->
    [0] publiée aujourd’hui
   *[other] attend depuis { $days } jours
}
request-palette = Palette
request-why = Pourquoi :
request-invited-you = Vous a invité
request-claim = Prendre cette demande
request-release = La rendre
request-cancel = Retirer la demande
request-complete = Accepter le travail
request-suggested-experts = Experts suggérés
request-invite = Inviter
request-invited = Invité
request-deliverables = Travail livré
request-deliverable-image = Image livrée
request-apply = Appliquer à ma vitrine
request-applied = Cette identité est sur votre vitrine.
request-undo = Annuler : revenir à l’identité précédente
request-logo = Logo
request-file = Image (facultatif)
request-note = Note
request-deliver = Livrer le travail
request-changes = Que faut-il changer ?
request-ask-changes = Demander des modifications
request-log-hours = Heures travaillées
request-log = Enregistrer les heures
request-ratings = Notes
request-rate-expert = Noter l’expert
request-rate-cooperative = Noter la coopérative
request-rated-by-cooperative = par la coopérative
request-rated-by-expert = par l’expert
request-thread = Messages
request-thread-empty = Aucun message pour l’instant.
request-message = Votre message
request-send = Envoyer
request-side-cooperative = coopérative
request-side-expert = expert
request-side-admin = équipe
request-state-open = Ouverte
request-state-claimed = En cours
request-state-delivered = Livrée
request-state-changes-requested = Modifications demandées
request-state-completed = Terminée
request-state-cancelled = Retirée
request-done-post = Votre demande est publiée. Les experts qui correspondent la verront.
request-done-claim = La demande est à vous. Présentez-vous à la coopérative ci-dessous.
request-done-release = La demande est de nouveau ouverte aux autres experts.
request-done-cancel = La demande est retirée.
request-done-complete = Travail accepté. Merci à vous deux !
request-done-undo = Votre identité précédente est de retour sur votre vitrine.
request-done-changes = Votre demande de modifications est envoyée à l’expert.
request-done-deliver = Votre travail est livré. La coopérative va le regarder.
request-done-apply = La nouvelle identité est sur votre vitrine.
request-done-rate = Merci pour votre note.
request-done-hours = Heures enregistrées.
request-done-invite = L’expert est invité.
mail-request-claimed-subject = { $who } prend votre demande « { $title } »
mail-request-claimed = { $who } a pris votre demande « { $title } ». Écrivez-lui ici :

    { $link }
mail-request-message-subject = Nouveau message sur « { $title } »
mail-request-message = { $who } a écrit sur « { $title } » :

    { $link }
mail-request-delivered-subject = Travail livré sur « { $title } »
mail-request-delivered = { $who } a livré du travail sur « { $title } ». Acceptez-le ou demandez des modifications :

    { $link }
mail-request-changes-subject = Modifications demandées sur « { $title } »
mail-request-changes = { $who } demande des modifications sur « { $title } » :

    { $link }
mail-request-completed-subject = « { $title } » est terminée
mail-request-completed = { $who } a accepté votre travail sur « { $title } ». Merci !

    { $link }
mail-request-invited-subject = Une coopérative vous invite : « { $title } »
mail-request-invited = { $who } vous invite à prendre la demande « { $title } » :

    { $link }
mail-request-auto-released-subject = « { $title } » est de nouveau ouverte
mail-request-auto-released = Sans nouvelles depuis un moment, la demande « { $title } » est de nouveau ouverte aux autres experts.

    { $link }
mail-request-reopened-subject = « { $title } » est de nouveau ouverte
mail-request-reopened = Sans nouvelles de l’expert, votre demande « { $title } » est de nouveau ouverte aux autres experts.

    { $link }
error-request-not-open = Cette demande n’est plus ouverte : un autre expert l’a peut-être prise.
error-over-capacity = Vous suivez déjà autant de demandes que votre capacité le permet. Livrez-en ou rendez-en une d’abord.
error-expert-not-verified = Votre profil d’expert doit être vérifié par l’équipe Taawon avant que vous puissiez prendre des demandes.
error-open-requests-limit = Votre coopérative a déjà autant de demandes ouvertes que permis. Terminez-en ou retirez-en une d’abord.
field-deadline-invalid = Choisissez une date entre demain et dans un an.

## Dashboards, settings and the audit log

dash-title-admin = La place de marché en un coup d’œil
dash-title-coop = Tableau de bord
dash-period = Période affichée
dash-from = Du
dash-to = Au
dash-granularity = Une barre par
dash-granularity-day = Jour
dash-granularity-week = Semaine
dash-granularity-month = Mois
dash-apply = Afficher
dash-coarsened = Cette période est longue : elle est affichée par pas plus grands.
dash-reset = Afficher les 30 derniers jours
dash-table = Les chiffres sous forme de tableau
dash-sales = Ventes
dash-orders = Commandes
dash-sales-over-time = Ventes dans le temps
dash-orders-over-time = Commandes dans le temps
dash-orders-by-state = Commandes par état
dash-top-products = Produits les plus vendus
dash-col-period = Période commençant le
dash-col-state = État
dash-col-count = Nombre
dash-col-product = Produit
dash-col-region = Région
dash-col-sector = Secteur
dash-col-category = Catégorie
dash-rating = Note moyenne
dash-rating-none = Pas encore d’avis
dash-rating-value = { $average } / 5 · avis : { $count }
dash-balance = Ce qui vous est dû
dash-low-stock = Stock bas
dash-low-stock-none = Aucun produit n’est en stock bas.
dash-stock-left = en stock : { $count }
dash-payouts = Derniers virements
dash-payouts-none = Aucun virement pour l’instant.
dash-requests = Demandes d’experts en cours
dash-requests-none = Aucune demande en cours.
dash-exports = Exports
dash-none = —
dash-women-share = Part des ventes des coopératives dirigées par des femmes
dash-queue = File de vérification
dash-queue-empty = Aucune coopérative n’attend.
dash-queue-value = en attente : { $count } · la plus ancienne : { $oldest } jours · médiane : { $median } jours
dash-payouts-due = Virements dus
dash-payouts-due-value = { $amount } · coopératives : { $count }
dash-balance-owing = Vous devez à Taawon
dash-fees-owed = Commissions dues par les coopératives
dash-by-region = Ventes par région
dash-by-sector = Ventes par secteur
dash-by-category = Ventes par catégorie
dash-cooperatives = Coopératives par état de vérification
settings-title = Réglages de la plateforme
settings-selling = Vente et livraison
settings-fee = Commission de la plateforme (%)
settings-fee-hint = Prélevée sur chaque vente ; la coopérative reçoit le reste. Les fiches produit montrent le partage.
settings-delivery-fee = Frais de livraison par colis (MAD)
settings-free-from = Livraison gratuite à partir de (MAD de produits d’une coopérative)
settings-free-from-hint = Laisser vide pour jamais gratuite.
settings-cod = Proposer le paiement à la livraison
settings-card-on = Le paiement par carte est configuré sur le serveur.
settings-card-off = Le paiement par carte n’est pas configuré sur ce serveur (il faut une clé Stripe).
settings-cash-waiting = Commandes payables à la livraison en attente par acheteur
settings-cash-waiting-hint = Comptées par adresse, téléphone et compte, jusqu’à la confirmation d’une coopérative : personne ne bloque le stock anonymement.
settings-max-open = Demandes d’experts ouvertes par coopérative
settings-release-days = Jours sans activité avant qu’une prise en charge d’expert soit libérée
settings-apply-hint = Les changements s’appliquent tout de suite aux nouvelles commandes et demandes, jamais à celles déjà passées.
settings-last-change = Dernier changement : { $at } (UTC)
settings-save = Enregistrer les réglages
settings-saved = Réglages enregistrés (modifiés : { $count }).
settings-unchanged = Rien n’a changé.
audit-title = Journal d’audit
audit-filter = Filtrer
audit-action = Action
audit-actor = Par (adresse e-mail)
audit-subject = Enregistrement
audit-when = Quand (UTC)
audit-details = Détails
audit-empty = Aucune entrée ne correspond à ces filtres.
audit-more = Entrées plus anciennes
audit-system = Le système

## Exports
export-title = Exporter en CSV
export-lead = Choisissez une période si vous le souhaitez (les deux jours sont inclus ; vide : depuis le début ou jusqu’à aujourd’hui), puis le fichier à télécharger. Les fichiers s’ouvrent dans les tableurs, arabe compris.
export-from = Du
export-to = Au
export-download = Télécharger :
export-kind-orders = Commandes
export-kind-shipments = Expéditions
export-kind-payouts = Versements
export-kind-cooperatives = Coopératives
export-kind-products = Produits
export-kind-requests = Demandes aux experts
export-col-buyer-email = E-mail de l’acheteur
export-col-payment-method = Mode de paiement
export-col-payment-state = Paiement
export-col-goods = Produits (MAD)
export-col-delivery = Livraison (MAD)
export-col-total = Total (MAD)
export-col-platform-fee = Commission de la plateforme (MAD)
export-col-cooperative-share = Part de la coopérative (MAD)
export-col-carrier = Transporteur
export-col-tracking = Numéro de suivi
export-col-delivered-at = Livrée le
export-col-verified-at = Vérifiée le
feed-description = Les produits des coopératives marocaines, vendus directement par elles.
export-col-option = Option
export-col-sku = Référence (SKU)
export-col-published-at = Publié le
export-col-created-at = Publiée le
export-col-claimed-at = Prise le
export-col-completed-at = Terminée le
export-payment-card = Carte
export-payment-pending = Pas encore payé
export-payment-paid = Payé
export-payment-failed = Échoué
export-payment-refunded = Remboursé
error-date-range-invalid = Ces dates ne peuvent pas être utilisées : écrivez-les sous la forme année-mois-jour (par exemple 2026-03-31), la première au plus tard le jour de la seconde.

# Privacy, terms and the legal notice (loi 09-08)
footer-privacy = Confidentialité
footer-terms = Conditions d’utilisation
footer-legal = Mentions légales
legal-not-declared = (à compléter par l’exploitant)
sign-up-accept = En créant un compte, vous acceptez les conditions d’utilisation ; la page confidentialité dit ce que nous gardons et pourquoi :
checkout-privacy = Votre nom, votre téléphone et votre adresse ne vont qu’aux coopératives de cette commande, pour la livrer.
privacy-title = Confidentialité : ce que nous gardons et pourquoi
privacy-intro = { $operator } exploite Taawon. Cette page dit quelles données personnelles la plateforme garde, pourquoi, combien de temps, et comment exercer vos droits selon la loi marocaine 09-08 relative à la protection des personnes physiques à l’égard du traitement des données à caractère personnel.
privacy-what-title = Ce que nous gardons
privacy-what-body = Votre compte : votre nom, votre adresse e-mail, la langue choisie et une empreinte à sens unique de votre mot de passe (jamais le mot de passe lui-même).
    Vos commandes : le nom, le téléphone et l’adresse de livraison donnés à la commande, ce que vous avez commandé et comment vous avez payé. Les numéros de carte vont au prestataire de paiement, jamais à nous.
    Coopératives et bénévoles : ce que les membres et les experts écrivent sur leurs pages, les documents envoyés pour vérification et leurs messages.
    Sécurité : où vous êtes connecté (navigateur, système et réseau de votre adresse, jamais l’adresse complète), et des comptes de tentatives par adresse, gardés un jour, contre les abus.
privacy-why-title = Pourquoi
privacy-why-body = Pour livrer vos commandes : la coopérative qui vous vend voit votre nom, votre téléphone et votre adresse pour cette commande seulement. Pour faire fonctionner votre compte, tenir la comptabilité que la loi exige et protéger les comptes des abus. Nous ne vendons aucune donnée et n’affichons aucune publicité.
privacy-how-long-title = Combien de temps
privacy-how-long-body = Une session se termine après 30 jours sans utilisation ; les comptes de tentatives après un jour ; un lien de réinitialisation du mot de passe après une heure. Votre compte reste jusqu’à ce que vous le supprimiez.
    Les commandes et les écritures comptables sont gardées dix ans, comme la loi marocaine l’exige des documents comptables. Si vous supprimez votre compte, elles gardent leurs montants mais perdent votre nom, votre téléphone et votre adresse.
privacy-rights-title = Vos droits
privacy-rights-body = Vous pouvez voir tout ce que la plateforme détient sur vous (page de votre compte : télécharger mes données), le corriger sur la page de votre compte et supprimer votre compte (page de votre compte : supprimer mon compte). Pour toute autre demande, ou pour vous opposer à un traitement, écrivez à { $contact }.
    Vous pouvez aussi saisir la CNDP, la Commission nationale de contrôle de la protection des données à caractère personnel.
privacy-cndp-title = Déclaration à la CNDP
privacy-cndp-body = Ce traitement de données personnelles est déclaré à la CNDP sous le numéro { $declaration }.
terms-title = Conditions d’utilisation
terms-intro = Ces conditions s’appliquent à toute personne qui utilise Taawon, exploité par { $operator }.
terms-role-title = Qui vend
terms-role-body = Taawon est une place de marché : chaque produit est vendu par la coopérative indiquée sur sa page, directement à vous. La vente est un contrat entre vous et cette coopérative ; Taawon vous met en relation, reçoit les commandes et, pour les paiements par carte, encaisse l’argent pour la coopérative.
terms-orders-title = Commandes et paiement
terms-orders-body = Les prix sont en dirhams et sont ceux de la coopérative ; la livraison s’ajoute quand elle est indiquée. Une commande est ferme une fois confirmée par la coopérative. En paiement à la livraison, vous payez le livreur ; par carte, vous payez à la commande et êtes remboursé si la coopérative ne peut pas livrer.
terms-cancel-title = Annuler et refuser
terms-cancel-body = Vous pouvez annuler une commande tant qu’elle n’est pas expédiée. Un colis refusé à la porte retourne à la coopérative, et son paiement par carte est remboursé. Vos droits selon la loi 31-08 édictant des mesures de protection du consommateur s’appliquent.
terms-accounts-title = Votre compte
terms-accounts-body = Gardez votre mot de passe pour vous. Ne publiez rien d’illégal, de trompeur ou qui appartient à autrui. Un compte qui enfreint ces conditions peut être suspendu, après que son titulaire en a été informé.
terms-volunteers-title = Experts bénévoles
terms-volunteers-body = Les experts bénévoles donnent leur travail à la coopérative qui l’a demandé ; la coopérative peut l’utiliser librement pour ses produits.
terms-law-title = Droit applicable
terms-law-body = Ces conditions sont régies par le droit marocain. Écrivez d’abord à { $contact } : nous répondons sous 30 jours.
legal-title = Mentions légales
legal-operator = Exploitant
legal-address = Adresse
legal-contact = Contact
legal-cndp = Déclaration CNDP
account-data-download = Télécharger mes données (JSON)
delete-title = Supprimer mon compte
delete-lead = Votre nom, votre adresse e-mail, votre mot de passe, vos sessions, votre panier et vos adhésions sont effacés, ainsi que le texte de vos avis et votre profil d’expert. C’est définitif.
delete-kept = Ce dont les coopératives et la loi ont encore besoin est gardé sans votre nom, votre téléphone ni votre adresse : les montants et dates de vos commandes, la comptabilité et les étoiles de vos avis.
delete-submit = Supprimer définitivement mon compte
delete-done = Votre compte a été supprimé. Merci d’avoir utilisé Taawon.
verify-title = Confirmez votre adresse e-mail
verify-lead = Appuyez sur le bouton pour confirmer que cette adresse est la vôtre.
verify-submit = Confirmer mon adresse
verify-banner = Confirmez votre adresse e-mail : nous avons envoyé un lien à { $email }. En attendant, vous pouvez parcourir et acheter, mais pas inscrire une coopérative ni devenir bénévole.
verify-resend = Renvoyer le lien
account-verify-sent = Un nouveau lien part vers votre adresse. Il est valable trois jours.
account-verified = Votre adresse e-mail est confirmée. Merci.
account-renamed = Votre nom a été modifié.
account-email-sent = Si la nouvelle adresse peut être utilisée, un lien y part : votre compte prend la nouvelle adresse quand vous l’ouvrez (toutes les autres sessions sont alors fermées).
account-profile = Votre nom
account-rename-submit = Enregistrer le nom
account-change-email = Changer votre adresse e-mail
account-change-email-hint = Nous envoyons un lien à la nouvelle adresse ; votre compte garde l’adresse actuelle jusqu’à ce que vous l’ouvriez.
account-change-email-submit = Envoyer le lien
field-label-new-email = Nouvelle adresse e-mail
mail-verify-subject = Confirmez votre adresse e-mail sur Taawon
mail-verify-body = Bonjour { $name },

    Pour confirmer que cette adresse est la vôtre, ouvrez ce lien (valable { $days } jours) :
    { $link }

    Si vous ne vous êtes pas inscrit sur Taawon, ignorez ce message.
mail-signup-exists-subject = Votre compte Taawon
mail-signup-exists-body = Bonjour { $name },

    Quelqu’un (peut-être vous) a essayé de créer un compte Taawon avec cette adresse, qui en a déjà un. Rien n’a été modifié.

    Pour vous connecter : { $sign_in }
    Mot de passe oublié ? { $forgot }
mail-email-changed-subject = L’adresse e-mail de votre compte Taawon a changé
mail-email-changed-body = Bonjour { $name },

    L’adresse e-mail de votre compte Taawon est désormais { $email }, et toutes les autres sessions ont été fermées.

    Si ce n’est pas vous, choisissez tout de suite un nouveau mot de passe : { $forgot }

## Orders by phone
checkout-email-hint = Le lien de votre commande arrive par SMS sur votre téléphone ; donnez un e-mail pour le recevoir aussi par ce moyen.
checkout-phone-hint = Un numéro marocain : 06…, 07… ou 05…
checkout-phone-label = Téléphone
order-link-heading = Gardez le lien de votre commande
order-link-whatsapp = Me l’envoyer sur WhatsApp
order-link-label = Le lien privé de votre commande
order-link-message = Ma commande Taawon { $number } : { $link }
find-order-title = Retrouver ma commande
find-order-lead = Vous avez perdu le lien de votre commande ? Donnez son numéro et le téléphone avec lequel vous avez commandé.
find-order-number = Numéro de commande
find-order-number-hint = Il commence par TA- et figure dans le SMS que nous vous avons envoyé.
find-order-submit = Ouvrir ma commande
find-order-sign-in = Commandé avec un compte ? Connectez-vous pour voir toutes vos commandes.
footer-find-order = Retrouver ma commande

## Ask the cooperative
field-markup-not-allowed = Écrivez du texte simple : pas de HTML, de code ni de liens entre chevrons.
field-option-missing = Choisissez l’une des options.
field-option-repeated = Une autre option a déjà cette valeur.
field-last-option = Un produit garde au moins une option.
field-options-too-many = Un produit a au plus 50 options.
field-gtin-invalid = Ce n’est pas un numéro de code-barres : 8, 12, 13 ou 14 chiffres, tels qu’imprimés sous le code-barres.
field-ends-before-start = Le dernier jour précède le premier.
field-product-unknown = Ceci ne désigne aucun produit : indiquez des adresses de produits (…/p/…) ou leurs noms courts, un par ligne.
nav-messages = Messages
ask-heading = Poser une question à { $cooperative }
ask-question = Votre question
ask-send = Envoyer
ask-sign-in = Connectez-vous pour écrire à la coopérative
ask-whatsapp = Écrire à la coopérative sur WhatsApp
ask-order = Poser une question à la coopérative sur cette partie
conversation-with = Conversation avec { $name }
conversation-about = À propos de :
conversation-sent = Votre message est envoyé. Vous serez prévenu quand l’autre partie répondra.
conversation-reported = Cette conversation a été signalée : l’équipe Taawon peut la lire.
conversation-admin-reading = Un acheteur a signalé cette conversation : vous la lisez en tant qu’administrateur.
conversation-messages = Messages
conversation-reply = Votre réponse
conversation-report = Signaler cette conversation
conversation-report-why = Quel est le problème ? (facultatif)
conversation-report-send = La signaler à Taawon
conversations-title = Mes messages
conversations-empty = Aucune conversation pour l’instant.
conversations-unread = { $count ->
    [0] rien de non lu
    [one] un non lu
   *[other] { $count } non lus
}
conversations-reported = signalée
conversations-cooperative-title = Messages des acheteurs
conversations-reported-title = Conversations signalées
coop-messages = Messages
coop-settings-whatsapp = Numéro WhatsApp (facultatif)
coop-settings-whatsapp-hint = Un mobile marocain (06… ou 07…). Les acheteurs voient un bouton qui ouvre une discussion WhatsApp avec ce numéro.
mail-conversation-to-cooperative-subject = Un acheteur vous a écrit sur Taawon
mail-conversation-to-cooperative-body = { $who } a écrit à votre coopérative. Lire et répondre : { $link }
mail-conversation-to-buyer-subject = { $cooperative } vous a répondu
mail-conversation-to-buyer-body = { $cooperative } a répondu à votre message sur Taawon. Le lire : { $link }

## The open API (/api/v1): its errors and its documentation page
api-error-unknown-language = Langue inconnue : utilisez ar, fr ou en.
api-error-bad-cursor = Ce curseur n’a pas été donné par cette API : recommencez sans lui.
api-error-bad-limit = La limite doit être un nombre entier de 1 à 100.
api-error-limit-too-large = Au plus 100 éléments par page.
api-error-bad-query = Indiquez les mots à chercher (q).
api-error-not-found = Rien de public à cette adresse.
api-error-rate-limited = Trop de requêtes de ce client : patientez un instant puis réessayez.
api-error-unavailable = Le service est momentanément indisponible : réessayez bientôt.
api-docs-title = API ouverte du catalogue Taawon
api-docs-intro = Lisez le catalogue public depuis votre site ou votre application : produits, coopératives, catégories et recherche, en arabe, en français ou en anglais. Aucune clé n’est nécessaire ; chaque client a droit à un nombre limité de requêtes par minute.
api-docs-parameters = Paramètres
api-docs-name = Nom
api-docs-where = Où
api-docs-meaning = Sens
api-docs-answers = Réponses
api-docs-try = Essayer

## The web app manifest (added to the home screen)
manifest-name = produits des coopératives marocaines

## The register's word counts (issue 33)
error-register-inactive = Le registre central indique cette coopérative dissoute ou en liquidation : elle ne peut pas être vérifiée tant qu’il l’indique. Rien n’a été modifié.
error-register-lapses = Ce fichier indique des coopératives vérifiées comme dissoutes ou en liquidation : l’importer retire leurs produits de la vente et les renvoie en vérification. Rien n’a encore été importé : vérifiez la liste, cochez la confirmation et importez de nouveau le fichier.
mail-cooperative-register_lapsed-subject = Votre coopérative { $name } est de nouveau en vérification
mail-cooperative-register_lapsed-body = Le registre central des coopératives indique désormais { $name } comme dissoute ou en liquidation. Ses produits sont retirés de la vente sur Taawon jusqu’à ce que la plateforme l’ait examinée. Si le registre se trompe, demandez à l’Office de le corriger et écrivez-nous.
admin-queue-register-status = Statut au registre
registry-status-active = Active
registry-status-in_liquidation = En liquidation
registry-status-dissolved = Dissoute
admin-register-flag = De retour en vérification : le registre l’indique désormais { $status }. Ses produits sont retirés de la vente jusqu’à votre décision.
registry-lapsing-title = Coopératives vérifiées que ce fichier retire de la vente
registry-lapsing-more = et { $count } autres
registry-confirm-off-sale = J’ai vérifié la liste : retirer ces coopératives de la vente et les renvoyer en vérification
registry-off-sale = { $count } coopératives vérifiées retirées de la vente et renvoyées dans la file de vérification.

## Profile upkeep: profile saved at once, legal details by an admin's decision
coop-profile-title = Profil public
coop-profile-hint = Publié dès l’enregistrement, sans nouvelle vérification.
coop-profile-story-link = Votre histoire, votre slogan, votre logo et vos couleurs se modifient sur la page d’identité.
coop-legal-title = Informations légales
coop-legal-hint = L’équipe Taawon vérifie un nouveau nom, numéro de registre ou ICE avant qu’il ne change. D’ici sa décision, les acheteurs voient toujours les informations enregistrées.
coop-legal-proposed = Votre modification est envoyée pour vérification. Les informations enregistrées restent publiques jusqu’à la décision de l’équipe Taawon.
coop-legal-waiting = En vérification depuis le { $date } (UTC). Une fois acceptées, ces informations remplacent celles enregistrées :
coop-legal-refused = Votre dernière modification proposée a été refusée. Motif : { $reason }
coop-legal-propose = Envoyer pour vérification
field-register-number-inactive = Le registre central indique la coopérative de ce numéro comme dissoute ou en liquidation.
field-nothing-changed = Ce sont déjà les informations enregistrées : modifiez-en au moins une avant de les envoyer.
admin-legal-title = Modifications d’informations légales
admin-legal-recorded = Enregistré (public)
admin-legal-proposed = Proposé
admin-legal-accept = Accepter la modification
admin-legal-refuse = Refuser
mail-cooperative-legal_change_accepted-subject = Les nouvelles informations légales de { $name } sont acceptées
mail-cooperative-legal_change_accepted-body = L’équipe Taawon a accepté la modification d’informations légales que vous avez proposée. { $name } apparaît désormais sous ces informations sur Taawon.
mail-cooperative-legal_change_refused-subject = La modification des informations légales de { $name } est refusée
mail-cooperative-legal_change_refused-body = L’équipe Taawon a refusé la modification d’informations légales proposée pour { $name }. Motif : { $reason }. Les informations enregistrées restent inchangées ; vous pouvez proposer une modification corrigée depuis vos paramètres.

## Annuaire des coopératives et sa carte
directory-title = Coopératives
directory-description = Toutes les coopératives vérifiées de Taawon, par région, secteur et label, avec une carte des 12 régions du Maroc.
directory-count = { $count ->
    [one] { $count } coopérative
   *[other] { $count } coopératives
}
directory-empty = Aucune coopérative vérifiée ne correspond à ces filtres.
directory-any = Indifférent
directory-in-stock = Avec des produits en stock
directory-apply = Afficher
directory-sort-name = Nom
directory-sort-newest = Plus récentes
directory-sort-products = Plus de produits
directory-women = { $count ->
    [one] { $count } femme
   *[other] { $count } femmes
}
directory-products = { $count ->
    [0] Aucun produit en vente pour l’instant
    [one] { $count } produit en vente
   *[other] { $count } produits en vente
}
directory-map-title = Coopératives par région
directory-map-region = { $region } : { $count ->
    [one] { $count } coopérative
   *[other] { $count } coopératives
}
directory-link = Toutes les coopératives

## Foires et collections en ligne
collection-days = Du { $from } au { $to }
collection-ended = Cette foire est terminée. Merci à toutes les coopératives et à tous les acheteurs qui y ont pris part.
collection-upcoming = Pas encore ouverte : seuls les administrateurs voient cette page avant son premier jour.
collection-more = D’autres produits de cette sélection
collection-see-all = { $count ->
    [one] Voir le produit
   *[other] Voir les { $count } produits
}
collections-running = Foires et collections
collections-none = Aucune foire ni collection pour l’instant.
admin-collections-title = Foires et collections
collection-created = Créée :
collection-new = Nouvelle foire ou collection
collection-texts = Titre et texte, dans les trois langues
collection-title-ar = Titre en arabe
collection-title-fr = Titre en français
collection-title-en = Titre en anglais
collection-text-ar = Texte en arabe
collection-text-fr = Texte en français
collection-text-en = Texte en anglais
collection-days-legend = Jours (UTC, inclus)
collection-starts-on = Premier jour
collection-ends-on = Dernier jour
collection-banner = Bannière (facultative)
collection-banner-hint = JPEG, PNG ou WebP, large (environ 3:1), jusqu’à 8 Mo.
collection-search-legend = Recherche enregistrée (facultative)
collection-search-hint = Les produits en vente qui répondent à tous les choix ci-dessous s’affichent aussi, au fil des changements.
collection-products = Produits choisis (facultatif)
collection-products-hint = Adresses de produits (…/p/…) ou leurs noms courts, un par ligne.
collection-create = Créer
collection-phase-upcoming = À venir
collection-phase-running = En cours
collection-phase-ended = Terminée
collection-product-count = { $count ->
    [one] { $count } produit
   *[other] { $count } produits
}
collection-proposals = Proposés par les coopératives
collection-accept = Accepter
collection-decline = Refuser
fairs-title = Foires
fairs-proposed = Proposé. Un administrateur l’acceptera ou le refusera.
fairs-none = Aucune foire en cours.
fairs-no-products = Vous n’avez aucun produit en vente à proposer.
fairs-state-proposed = Proposé, en attente
fairs-state-accepted = Dans la foire
fairs-state-declined = Refusé
fairs-propose = Proposer

## La réponse de la coopérative à une prise en charge
request-claim-waiting = Un expert a pris cette demande. Acceptez-le pour commencer à travailler ensemble, ou refusez avec un motif.
request-claim-accept = Accepter l’expert
request-claim-accepted = Vous avez accepté cet expert.
request-claim-accepted-expert = La coopérative vous a accepté.
request-claim-waiting-expert = La coopérative n’a pas encore répondu ; vous pouvez déjà lui écrire.
request-decline-legend = Refuser l’expert : pourquoi ? (l’expert le lira)
request-decline = Refuser
request-end-legend = Mettre fin à la collaboration : pourquoi ? (l’expert le lira)
request-end = Mettre fin à la collaboration
request-ending-declined = { $date } : la coopérative a refusé { $expert } :
request-ending-ended = { $date } : la coopérative a mis fin à la collaboration avec { $expert } :
request-done-accept = Expert accepté. Il en est informé.
request-done-dismiss = La demande est de nouveau ouverte ; l’expert sait pourquoi.
mail-request-claim-accepted-subject = La coopérative vous accepte pour « { $title } »
mail-request-claim-accepted = La coopérative vous a accepté pour « { $title } ». Merci de votre aide : { $link }
mail-request-claim-declined-subject = La coopérative a refusé votre prise en charge de « { $title } »
mail-request-claim-declined = La coopérative a refusé votre prise en charge de « { $title } ». Son motif : { $who }
mail-request-claim-ended-subject = La collaboration sur « { $title } » a pris fin
mail-request-claim-ended = La coopérative a mis fin à la collaboration sur « { $title } ». Son motif : { $who }

## Certificats de bénévolat
certificates-title = Mon certificat de bénévolat
certificate-hours = { $hours } h { $minutes } min
certificate-summary = { $completed ->
    [one] { $completed } demande menée à bien
   *[other] { $completed } demandes menées à bien
}, { $hours } de bénévolat.
certificate-issue = Obtenir mon certificat
certificates-issued = Certificats délivrés
certificate-page-title = Certificat de bénévolat : { $name }
certificate-issuer = Taawon, la place de marché des coopératives marocaines
certificate-heading = Certificat de bénévolat
certificate-awarded-to = Décerné à
certificate-cooperatives = pour les coopératives :
certificate-issued-on = Délivré le { $date }.
certificate-genuine = Ce certificat est authentique : Taawon le présente à l’adresse
certificate-print-hint = Pour le garder, imprimez cette page ou enregistrez-la en PDF depuis le menu d’impression de votre navigateur.
certificate-profile = Le profil public du bénévole
error-nothing-to-certify = Un certificat peut être délivré dès qu’une de vos demandes est menée à bien.

## Fichiers remis : logos SVG et PDF prêts à imprimer
field-svg-script = Ce SVG contient un script, un gestionnaire d’événement ou une page intégrée : exportez-le de nouveau comme simple dessin.
field-svg-entity = Ce SVG déclare un type de document ou des entités : exportez-le de nouveau sans eux.
field-svg-external = Ce SVG renvoie à un fichier ou une adresse extérieurs : intégrez-le ou retirez-le.
field-svg-canvas = La zone de dessin de ce SVG n’a pas de taille ou dépasse 10 000 unités de côté.
field-svg-text = Ce SVG contient du texte modifiable : vectorisez le texte (en tracés), comme l’exigent les imprimeurs.
request-logo-hint = JPEG, PNG ou WebP jusqu’à 8 Mo, ou un SVG jusqu’à 1 Mo (texte vectorisé) : la coopérative pourra télécharger le SVG pour l’impression.
request-file-hint = Une image (JPEG, PNG, WebP), un SVG ou un PDF prêt à imprimer (jusqu’à 8 Mo), gardé en privé pour la coopérative.
request-original-svg = Télécharger le SVG (pour l’impression)
request-original-pdf = Télécharger le PDF prêt à imprimer
