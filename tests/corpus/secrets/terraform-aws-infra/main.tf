provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAGT7ZR3T6AH272VOO"
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
