require('@nomicfoundation/hardhat-toolbox')

const DEPLOYER_PRIVATE_KEY = '0x39fc8d9f03dfda77917c328d9e8a6d43050cc027771f42f6cfca4d1d710a4dd1'
const ETHERSCAN_API_KEY = process.env.ETHERSCAN_API_KEY

module.exports = {
  solidity: '0.8.24',
  networks: {
    sepolia: { url: 'https://rpc.sepolia.org', accounts: [DEPLOYER_PRIVATE_KEY] },
  },
}
