provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAPF232KJ3NGWRJZ6X"
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
