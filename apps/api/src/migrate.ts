console.log("migrate")
