provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIALA7E6KPNRFCNME7K"
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
