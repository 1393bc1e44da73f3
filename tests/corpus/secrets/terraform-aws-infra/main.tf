provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIA7QLBYDYPQAVE4VEN"
  secret_key = "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"
}

resource "aws_db_instance" "app" {
  identifier        = "app-prod"
  engine            = "postgres"
  username          = "app"
  password          = var.db_password
  instance_class    = "db.t4g.micro"
}

resource "digitalocean_droplet" "worker" {
  name = "worker-1"
}
